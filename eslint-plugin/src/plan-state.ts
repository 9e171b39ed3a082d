import { dirname, isAbsolute, resolve } from 'node:path';
import { planCache, planFileIn, PlanReadError, type TrackingPlan } from '@trackplan/schema';

/** The plan a file is linted against, or why there is none. */
export interface PlanState {
  readonly plan: TrackingPlan | undefined;
  /** Said once per file, by known-event, when the plan is missing, invalid, or stale. */
  readonly problem: string | undefined;
}

// Walking up for the plan costs a few stat calls per folder; once per folder per process is enough,
// and a folder's parent is looked up (and remembered) the same way, so sibling folders share it.
const planFileByFolder = new Map<string, string | undefined>();

function nearestPlan(folder: string): string | undefined {
  if (planFileByFolder.has(folder)) return planFileByFolder.get(folder);
  const parent = dirname(folder);
  const found = planFileIn(folder) ?? (parent === folder ? undefined : nearestPlan(parent));
  planFileByFolder.set(folder, found);
  return found;
}

/**
 * The plan for a linted file: `settings.trackplan.plan` (relative to ESLint's working directory),
 * else the nearest plan above the file (never above process.cwd(): monorepos have one per package).
 * Loaded through the core's cache, so one process loads each plan once and sees edits.
 */
export function planStateFor(filename: string, cwd: string, configured: string | undefined, now = performance.now()): PlanState {
  const file = configured !== undefined ? (isAbsolute(configured) ? configured : resolve(cwd, configured)) : nearestPlan(dirname(filename));
  if (!file) return { plan: undefined, problem: `no tracking-plan.yaml, .yml or .json found at or above ${dirname(filename)}; add one, or set settings.trackplan.plan` };
  const recent = recentChecks.get(file);
  if (recent && now - recent.at < RECHECK_AFTER_MS && recent.filename !== filename) return recent.state;
  const state = checkedPlanState(file);
  recentChecks.set(file, { state, at: now, filename });
  return state;
}

/**
 * Checking that the plan is unchanged costs a stat per plan file, which on a CLI run of thousands of
 * files is the largest per-file cost left. Within this long after a check, another file reuses it:
 * nobody edits a plan and lints another file that fast. The same file linted again is always
 * checked (an editor re-linting the open file after the plan was saved).
 */
export const RECHECK_AFTER_MS = 100;
const recentChecks = new Map<string, { state: PlanState; at: number; filename: string }>();

function checkedPlanState(file: string): PlanState {
  try {
    const { result, lastValid } = planCache.entry(file);
    if (result.valid) return { plan: result.plan, problem: undefined };
    const first = result.diagnostics.find((d) => d.severity === 'error');
    const where = first ? `${first.location.file}:${first.location.line}:${first.location.column}: ${first.message}` : file;
    if (lastValid?.plan) return { plan: lastValid.plan, problem: `the tracking plan is invalid (${where}); checking against its last valid version. Run \`trackplan validate\` for every problem` };
    return { plan: undefined, problem: `the tracking plan is invalid (${where}). Run \`trackplan validate\` for every problem` };
  } catch (e) {
    if (e instanceof PlanReadError) return { plan: undefined, problem: `cannot read the tracking plan ${e.file}: ${e.reason}` };
    return { plan: undefined, problem: `cannot load the tracking plan ${file}: ${(e as Error).message}` };
  }
}
