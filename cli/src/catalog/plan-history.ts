import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { diffPlans, EMPTY_PLAN, gitPlanReader, loadPlan, type PlanRevision, type TrackingPlan } from '@trackplan/schema';

const git = (args: readonly string[], cwd: string): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'] });

/** The plan as it was at a commit; undefined when it did not exist there or did not load. */
function planAt(root: string, commit: string, file: string): TrackingPlan | undefined {
  try {
    const { plan, valid } = loadPlan(file, gitPlanReader(root, commit));
    return valid ? plan : undefined;
  } catch {
    return undefined;
  }
}

/** The commits a shallow clone was cut at: git shows them without parents, though they have some. */
function shallowBoundary(root: string): Set<string> {
  const file = resolve(root, git(['rev-parse', '--git-path', 'shallow'], root).trim());
  return new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
}

export interface PlanHistory {
  readonly revisions: PlanRevision[];
  /** Set when the clone is shallow and the history stops before `count` commits. */
  readonly cutShort: boolean;
  /** Commits at which the plan did not load, whose diff is left out. */
  readonly unreadable: string[];
}

/**
 * The last `count` commits that changed the plan's files (its includes too), newest first, each with
 * the risk-classified diff from its parent. A commit whose parent is missing from a shallow clone
 * ends the history there rather than showing the whole plan as added.
 */
export function planHistory(plan: TrackingPlan, root: string, count: number): PlanHistory {
  const paths = plan.files.map((f) => relative(root, f).split('\\').join('/'));
  const log = git(['log', `-n${count}`, '--format=%H%x1f%P%x1f%ad%x1f%s', '--date=short', 'HEAD', '--', ...paths], root);
  const revisions: PlanRevision[] = [];
  const unreadable: string[] = [];
  const boundary = shallowBoundary(root);
  // A commit's parent is usually the next commit listed: each version is loaded once.
  const loaded = new Map<string, TrackingPlan | undefined>();
  const at = (commit: string): TrackingPlan | undefined => {
    if (!loaded.has(commit)) loaded.set(commit, planAt(root, commit, plan.file));
    return loaded.get(commit);
  };
  for (const line of log.split('\n').filter(Boolean)) {
    const [commit = '', parents = '', date = '', subject = ''] = line.split('\x1f');
    if (boundary.has(commit)) return { revisions, cutShort: true, unreadable };
    const parent = parents.split(' ').find(Boolean);
    const head = at(commit);
    const base = parent === undefined ? undefined : at(parent);
    if (!head) {
      unreadable.push(commit);
      revisions.push({ commit, date, subject, changes: [] });
      continue;
    }
    revisions.push({ commit, date, subject, changes: diffPlans(base ?? EMPTY_PLAN, head).changes });
  }
  return { revisions, cutShort: false, unreadable };
}
