import { execFileSync } from 'node:child_process';
import { dirname, extname, join, relative } from 'node:path';
import picomatch from 'picomatch';
import type { TrackingPlan } from '@trackplan/schema';

/** A finding on a line the pull request changed, as `trackplan check` reports it. */
export interface ChangedLineFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** The lines each file gained or changed between two commits: `git diff -U0`'s `+c,d` hunks. */
export function changedLines(workspace: string, from: string, to: string): Map<string, Set<number>> {
  const diff = execFileSync('git', ['diff', '-U0', '--no-color', '--no-ext-diff', '--diff-filter=AMR', from, to], {
    cwd: workspace,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const lines = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4);
      current = path.startsWith('b/') ? new Set() : undefined;
      if (current) lines.set(path.slice(2), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return lines;
}

/**
 * `trackplan check` over the files a pull request changed under the plan's folder (minus the plan's
 * `code.ignore`), keeping the findings on the lines it changed: what the author wrote, not what was
 * there before.
 */
export async function checkChangedLines(workspace: string, plan: TrackingPlan, from: string, to: string): Promise<ChangedLineFinding[]> {
  const { checkSources, LANGUAGES, SCRIPT_EXTENSIONS, ruleSettings } = await import('trackplan/check');
  const changed = changedLines(workspace, from, to);
  const extensions = new Set([...SCRIPT_EXTENSIONS, ...LANGUAGES.flatMap((l) => l.extensions)]);
  const planFolder = dirname(plan.file);
  const ignored = plan.code.ignore.length > 0 ? picomatch(plan.code.ignore as string[], { dot: true }) : () => false;
  const files = [...changed.keys()]
    .map((file) => join(workspace, file))
    .filter(
      (file) => extensions.has(extname(file)) && !relative(planFolder, file).startsWith('..') && !ignored(relative(planFolder, file).split('\\').join('/')),
    );
  if (files.length === 0) return [];
  const { rules } = await ruleSettings(plan);
  const result = await checkSources({ cwd: workspace, files, plan, rules });
  return result.findings.filter((f) => changed.get(f.file)?.has(f.line));
}
