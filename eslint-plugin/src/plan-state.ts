import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isFile, planCache, planFileIn, PlanReadError, type CodeSettings, type TrackingPlan } from '@trackplan/schema';

/** The plan a file is linted against, or why there is none. */
export interface PlanState {
  /** The plan, or its last valid version while the file on disk is broken. */
  readonly plan: TrackingPlan | undefined;
  /** Said once per file, by the first trackplan rule to meet it, when the plan is missing, invalid, or stale. */
  readonly problem: string | undefined;
  /**
   * The wrappers and ignored files to use: the plan's, else those of a `code` section that could
   * still be read from a broken plan (its wrapper calls are where the problem is reported).
   */
  readonly code: CodeSettings | undefined;
  /** Nothing of the plan could be read: the problem is reported in every linted file, tracking or not. */
  readonly reportInEveryFile: boolean;
  /** The plan file (absolute), when one was found or configured. */
  readonly file: string | undefined;
}

/**
 * Whether another plan lies above this one (a package plan inside a repository with a root plan):
 * reports then say which plan they were checked against. Worked out once per plan file per process.
 */
const shadowsByPlan = new Map<string, boolean>();
export function shadowsAnotherPlan(planFile: string): boolean {
  let shadows = shadowsByPlan.get(planFile);
  if (shadows === undefined) {
    const folder = dirname(planFile);
    shadows = dirname(folder) !== folder && nearestPlan(dirname(folder)) !== undefined;
    shadowsByPlan.set(planFile, shadows);
  }
  return shadows;
}

/**
 * Whether a folder has a plan of its own, remembered with the folder's mtime: creating, deleting or
 * renaming a file changes its folder's mtime, so one stat per folder tells an editor's long-lived
 * process that a plan appeared or went away, and a CLI run pays one stat per level, not three.
 */
const ownPlanByFolder = new Map<string, { mtimeMs: number; plan: string | undefined }>();

function ownPlan(folder: string): string | undefined {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  } catch {
    mtimeMs = -1;
  }
  const known = ownPlanByFolder.get(folder);
  if (known && known.mtimeMs === mtimeMs && mtimeMs !== -1) return known.plan;
  const plan = mtimeMs === -1 ? undefined : planFileIn(folder);
  ownPlanByFolder.set(folder, { mtimeMs, plan });
  return plan;
}

function nearestPlan(folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    const found = ownPlan(dir);
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

const CONFIG_FILE_NAMES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

/**
 * The folder of the ESLint config file that applies to a linted file, as ESLint 10 finds it (the
 * nearest one above the file); a relative `settings.trackplan.plan` means a path from there, never
 * from process.cwd(), which editors and `cd packages/a && eslint .` change.
 */
function configFolderOf(folder: string, cwd: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (CONFIG_FILE_NAMES.some((name) => isFile(join(dir, name)))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

/**
 * The plan for a linted file: `settings.trackplan.plan` (absolute as `trackplan.config()` writes it,
 * or relative to the config file's folder), else the nearest plan above the file. Loaded through the
 * core's in-memory cache, which checks the plan's files on every call (a stat each), so an editor
 * sees a saved plan at the next lint of any file.
 */
export function planStateFor(filename: string, cwd: string, configured: string | undefined): PlanState {
  const folder = dirname(filename);
  const file = configured !== undefined ? (isAbsolute(configured) ? configured : resolve(configFolderOf(folder, cwd), configured)) : nearestPlan(folder);
  if (!file) {
    return {
      plan: undefined,
      problem: `no tracking-plan.yaml, .yml or .json found at or above ${folder}; add one, or set settings.trackplan.plan`,
      code: undefined,
      reportInEveryFile: false,
      file: undefined,
    };
  }
  return checkedPlanState(file);
}

function checkedPlanState(file: string): PlanState {
  try {
    const { result, lastValid } = planCache.entry(file);
    if (result.valid) return { plan: result.plan, problem: undefined, code: result.code, reportInEveryFile: false, file };
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    const where = first ? `${first.location.file}:${first.location.line}:${first.location.column}: ${first.message}` : file;
    const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
    const code = result.code ?? lastValid?.code;
    if (lastValid?.plan) {
      return {
        plan: lastValid.plan,
        problem: `the tracking plan is invalid (${where}${more}); checking against its last valid version. Run \`trackplan validate\` for every problem`,
        code,
        reportInEveryFile: false,
        file,
      };
    }
    return {
      plan: undefined,
      problem: `the tracking plan is invalid (${where}${more}), so nothing is checked against it. Run \`trackplan validate\` for every problem`,
      code,
      reportInEveryFile: code === undefined,
      file,
    };
  } catch (e) {
    const reason = e instanceof PlanReadError ? `${e.file}: ${e.reason}` : `${file}: ${(e as Error).message}`;
    return {
      plan: undefined,
      problem: `cannot read the tracking plan ${reason}, so nothing is checked against it`,
      code: undefined,
      reportInEveryFile: true,
      file,
    };
  }
}
