import { execFileSync } from 'node:child_process';
import { basename, resolve } from 'node:path';
import { PLAN_FILE_NAMES } from './find-plan.js';
import { SKIPPED_FOLDERS, walkFolders } from './walk-folders.js';

/** How many directory entries a search may look at: a bound, not a number a repository reaches. */
const MAX_ENTRIES = 500_000;

const isPlanName = (name: string): boolean => (PLAN_FILE_NAMES as readonly string[]).includes(name);

/**
 * Every plan file under `root` (for `validate --all` in a monorepo), sorted: in a git repository the
 * files git tracks or would track (so what .gitignore ignores is skipped), else a walk that skips
 * node_modules. Symlinked folders are never entered.
 */
export function findPlans(root: string): string[] {
  const tracked = gitFiles(root);
  if (tracked)
    return tracked
      .filter((f) => isPlanName(basename(f)) && !f.split('/').some((part) => SKIPPED_FOLDERS.has(part)))
      .map((f) => resolve(root, f))
      .sort();
  const found: string[] = [];
  walkFolders(root, MAX_ENTRIES, (path, entry) => {
    if (entry.isFile() && isPlanName(entry.name)) found.push(path);
  });
  return found.sort();
}

function gitFiles(root: string): string[] | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...PLAN_FILE_NAMES.flatMap((n) => [n, `**/${n}`])], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return [...new Set(out.split('\0').filter(Boolean))];
  } catch {
    return undefined;
  }
}
