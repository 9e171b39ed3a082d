import { EXIT, type CliIo } from './cli-io.js';
import { formatDiagnostic } from './format-diagnostics.js';
import { resolvePlanPath } from './resolve-plan-path.js';
import { loadPlan, type TrackingPlan } from '@trackplan/schema';

/** The plan, or its errors printed and the exit status for an invalid plan. */
export function loadValidPlan(planOption: string | undefined, io: CliIo): TrackingPlan | number {
  const file = resolvePlanPath(planOption, io.cwd);
  const { plan, valid, diagnostics } = loadPlan(file);
  if (valid && plan) return plan;
  io.stderr('trackplan: the tracking plan is invalid; fix it first (`trackplan validate`):');
  for (const d of diagnostics.filter((x) => x.severity === 'error')) io.stderr(formatDiagnostic(d, io.cwd, io.color));
  return EXIT.failed;
}
