import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { displayPath, formatDiagnostic, plural } from '../format-diagnostics.js';
import { painter } from '../paint.js';
import { resolvePlanPath } from '../resolve-plan-path.js';
import type { Command } from './command.js';
import { PlanReadError, findPlans, loadPlan } from '@trackplan/schema';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check tracking plans: errors, and warnings for suspect drift',
  usage: `Usage: trackplan validate [PLAN...] [--all]

Checks each tracking plan named against the plan format and trackplan's rules, and prints every
problem as path:line:column: message, then a line for the plan.

Options:
  PLAN...       the plan files (default: the nearest tracking-plan.yaml, .yml or .json at or above
                the working directory); --plan PATH may be given too, more than once
  --all         every tracking-plan.yaml, .yml and .json under the working directory (in a git
                repository, the files git tracks or would track; node_modules is skipped): one
                command for a monorepo's CI
  --debug       show stack traces for unexpected errors
  -h, --help    show this help

Exit status: 0 all valid (warnings allowed), 1 any invalid, 2 usage or I/O error.`,
  run(args: string[], io: CliIo): number {
    const { values, tokens } = parseArgs({
      args,
      options: { plan: { type: 'string', multiple: true }, all: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
    // In the order given, whether as PLAN or --plan PLAN.
    const named = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : t.kind === 'option' && t.name === 'plan' && t.value ? [t.value] : []));
    if (values.all && named.length > 0) throw new UsageError('--all finds every plan itself: name no plan with it');
    const files = values.all ? findPlans(io.cwd) : named.length > 0 ? [...new Set(named.map((p) => resolve(io.cwd, p)))] : [resolvePlanPath(undefined, io.cwd)];
    if (files.length === 0) throw new UsageError(`no tracking-plan.yaml, .yml or .json under ${io.cwd}`);
    let status: number = EXIT.ok;
    for (const file of files) status = Math.max(status, validateOne(file, io, files.length > 1));
    if (files.length > 1) {
      const paint = painter(io.color);
      io.stdout(
        status === EXIT.ok ? paint('green', `${plural(files.length, 'plan')} valid`) : paint('red', `${plural(files.length, 'plan')} checked: not all valid`),
      );
    }
    return status;
  },
};

/** One plan's diagnostics, then its summary line; an unreadable plan is said on stderr (exit 2) and the others still run. */
function validateOne(file: string, io: CliIo, several: boolean): number {
  let result;
  try {
    result = loadPlan(file);
  } catch (e) {
    if (!(e instanceof PlanReadError) || !several) throw e;
    io.stderr(`trackplan: ${displayPath(e.file, io.cwd)}: ${e.reason}`);
    return EXIT.usage;
  }
  const { plan, valid, diagnostics } = result;
  for (const diagnostic of diagnostics) io.stdout(formatDiagnostic(diagnostic, io.cwd, io.color));
  const paint = painter(io.color);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const where = displayPath(file, io.cwd);
  if (!valid) {
    io.stdout(paint('red', `${where}: invalid: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`));
    return EXIT.failed;
  }
  const contents = plan
    ? `${plural(plan.events.size, 'event')}, ${plural(plan.superProperties.size, 'super property', 'super properties')}, ` +
      `${plural(plan.people.size, 'people property', 'people properties')}, ${plural(plan.products.size, 'product')}`
    : '';
  io.stdout(paint('green', `${where}: valid${contents ? ` (${contents})` : ''}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`));
  return EXIT.ok;
}
