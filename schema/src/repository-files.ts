import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { SKIPPED_FOLDERS, walkFolders } from './walk-folders.js';

/** How many directory entries a search may look at: a bound, not a number a repository reaches. */
const MAX_ENTRIES = 500_000;

/**
 * The files under `root` that `wanted` accepts (given their path relative to `root`, with forward
 * slashes), sorted and absolute: in a git repository the files git tracks or would track (so what
 * .gitignore ignores is skipped), else a walk. node_modules and .git are never entered, nor
 * symlinked folders.
 */
export function repositoryFiles(root: string, wanted: (path: string) => boolean, gitPathspecs: readonly string[] = []): string[] {
  const tracked = gitFiles(root, gitPathspecs);
  if (tracked)
    return tracked
      .filter((f) => !f.split('/').some((part) => SKIPPED_FOLDERS.has(part)) && wanted(f))
      .map((f) => resolve(root, f))
      .sort();
  const found: string[] = [];
  walkFolders(root, MAX_ENTRIES, (path, entry) => {
    if (entry.isFile() && wanted(relative(root, path).split('\\').join('/'))) found.push(path);
  });
  return found.sort();
}

function gitFiles(root: string, pathspecs: readonly string[]): string[] | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...pathspecs], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return [...new Set(out.split('\0').filter(Boolean))];
  } catch {
    return undefined;
  }
}
