import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { EMPTY_PLAN, gitPlanReader, loadPlan, PlanReadError, type DiffablePlan, type LoadResult } from '@trackplan/schema';
import { ActionError } from './action-error.js';

/** A plan at one commit: loaded, or absent there (a plan added or deleted by the pull request). */
export type PlanVersion = { readonly state: 'absent'; readonly plan: DiffablePlan } | { readonly state: 'loaded'; readonly result: LoadResult };

export interface PlanVersions {
  readonly mergeBase: string;
  readonly base: PlanVersion;
  readonly head: PlanVersion;
}

const git = (args: readonly string[], cwd: string): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * The pull request's merge base: what the head branch started from. Diffing against `base.sha`
 * itself would show every change merged into main since as this pull request's.
 */
export function mergeBaseOf(workspace: string, baseSha: string, headSha: string): string {
  try {
    return git(['merge-base', baseSha, headSha], workspace);
  } catch {
    throw new ActionError(
      `the checkout does not have the commits to compare (${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}): use actions/checkout with \`fetch-depth: 0\` so the pull request's base is there`,
    );
  }
}

function versionAt(workspace: string, commit: string, planPath: string): PlanVersion {
  try {
    return { state: 'loaded', result: loadPlan(resolve(workspace, planPath), gitPlanReader(workspace, commit)) };
  } catch (e) {
    if (e instanceof PlanReadError) return { state: 'absent', plan: EMPTY_PLAN };
    throw e;
  }
}

/** The plan at the merge base and at the head commit, each read with its includes from git. */
export function loadPlanVersions(workspace: string, planPath: string, baseSha: string, headSha: string): PlanVersions {
  const mergeBase = mergeBaseOf(workspace, baseSha, headSha);
  return { mergeBase, base: versionAt(workspace, mergeBase, planPath), head: versionAt(workspace, headSha, planPath) };
}
