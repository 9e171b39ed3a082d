import { parseArgs } from 'node:util';
import { loadPlan } from '../../load-plan.js';
import { EXIT, type CliIo } from '../cli-io.js';
import { displayPath, formatDiagnostic, plural } from '../format-diagnostics.js';
import { painter } from '../paint.js';
import { resolvePlanPath } from '../resolve-plan-path.js';
import type { Command } from './command.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check the tracking plan: errors, and warnings for suspect drift',
  usage: `Usage: trackplan validate [--plan PATH]

Checks the tracking plan against the plan format and trackplan's rules, and prints every problem
as path:line:column: message.

Options:
  --plan PATH   the plan file (default: the nearest tracking-plan.yaml, .yml or .json at or above
                the working directory)
  --debug       show stack traces for unexpected errors
  -h, --help    show this help

Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage or I/O error.`,
  run(args: string[], io: CliIo): number {
    const { values } = parseArgs({ args, options: { plan: { type: 'string' } }, strict: true, allowPositionals: false });
    const file = resolvePlanPath(values.plan, io.cwd);
    const { plan, valid, diagnostics } = loadPlan(file);
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
  },
};
