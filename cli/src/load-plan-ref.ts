import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './cli-io.js';
import { GitError, gitPlanReader, loadPlan, repositoryRoot, resolveRevision, type LoadResult } from '@trackplan/schema';

/** `path/to/plan.yaml`, or `REV:path` read with git (the path from the repository's top, or `./` from here). */
export type PlanRef = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'git'; readonly revision: string; readonly path: string };

export function parsePlanRef(arg: string, cwd: string): PlanRef {
  const git = /^([^:]+):(.+)$/.exec(arg);
  // A file that exists wins, and so does a Windows drive letter (C:\plan.yaml).
  if (!git || existsSync(resolve(cwd, arg)) || /^[A-Za-z]:[\\/]/.test(arg)) return { kind: 'file', path: resolve(cwd, arg) };
  return { kind: 'git', revision: git[1]!, path: git[2]! };
}

/** Loads a plan from the working tree or from a git revision (its includes from the same revision). */
export function loadPlanRef(ref: PlanRef, cwd: string): LoadResult {
  if (ref.kind === 'file') return loadPlan(ref.path);
  try {
    const root = repositoryRoot(cwd);
    const commit = resolveRevision(ref.revision, cwd);
    const file = /^\.\.?[\\/]/.test(ref.path) ? resolve(cwd, ref.path) : resolve(root, ref.path);
    return loadPlan(file, gitPlanReader(root, commit, ref.revision));
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(e.message);
    throw e;
  }
}
