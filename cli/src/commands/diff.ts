import { parseArgs } from 'node:util';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { formatDiagnostic } from '../format-diagnostics.js';
import { loadPlanRef, parsePlanRef } from '../load-plan-ref.js';
import type { Command } from './command.js';
import { FAIL_ON, diffPlans, meetsFailOn, renderJson, renderMarkdown, renderText, reportProducts, type TrackingPlan } from '@trackplan/schema';

const FORMATS = ['text', 'markdown', 'json'] as const;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'diff two plans: every change, classified breaking, dangerous or safe',
  usage: `Usage: trackplan diff BASE HEAD [--format text|markdown|json] [--fail-on breaking|dangerous|none]

Compares two versions of a tracking plan. BASE and HEAD are plan files, or REV:PATH to read a plan
(and the files it includes) from a git revision: main:tracking-plan.yaml, HEAD~1:./plan.yaml
(a path after the colon is from the repository's top; start it with ./ for the working directory).

Options:
  --format F    text (default), markdown (a GitHub comment, grouped by product with owners) or json
  --fail-on S   exit 1 when a change is at least this severe: breaking (default), dangerous, none
  --debug       show stack traces for unexpected errors
  -h, --help    show this help

Exit status: 0 no change at the --fail-on level, 1 one or more (or a plan is invalid), 2 usage or I/O error.`,
  run(args: string[], io: CliIo): number {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string', default: 'breaking' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 2) throw new UsageError('diff takes two plans, BASE and HEAD; run `trackplan diff --help`');
    const format = oneOf(values.format, FORMATS, '--format');
    const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on');

    const [base, head] = positionals.map((arg) => ({ arg, result: loadPlanRef(parsePlanRef(arg, io.cwd), io.cwd) }));
    let invalid = false;
    for (const { arg, result } of [base!, head!]) {
      if (result.valid) continue;
      invalid = true;
      io.stderr(`trackplan: cannot diff: ${arg} is not a valid plan`);
      for (const d of result.diagnostics.filter((d) => d.severity === 'error')) io.stderr(formatDiagnostic(d, io.cwd, io.color));
    }
    if (invalid) return EXIT.failed;

    const basePlan = base!.result.plan as TrackingPlan;
    const headPlan = head!.result.plan as TrackingPlan;
    const diff = diffPlans(basePlan, headPlan);
    if (format === 'json') io.stdout(renderJson(diff));
    else if (format === 'markdown') io.stdout(renderMarkdown(diff, { products: reportProducts(basePlan, headPlan) }));
    else io.stdout(renderText(diff, { color: io.color }));

    return meetsFailOn(diff.summary, failOn) ? EXIT.failed : EXIT.ok;
  },
};

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got \`${value}\`)`);
}
