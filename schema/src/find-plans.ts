import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PLAN_FILE_NAMES } from './find-plan.js';

/** Folders never searched for plans. */
const SKIPPED = new Set(['node_modules', '.git']);
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
  if (tracked) return tracked.filter((f) => isPlanName(basename(f)) && !f.split('/').some((part) => SKIPPED.has(part))).map((f) => resolve(root, f)).sort();
  const found: string[] = [];
  const pending = [root];
  let entries = 0;
  while (pending.length > 0 && entries < MAX_ENTRIES) {
    const folder = pending.pop()!;
    let dirents;
    try {
      dirents = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const dirent of dirents) {
      entries++;
      if (dirent.isDirectory() && !SKIPPED.has(dirent.name)) pending.push(join(folder, dirent.name));
      else if (dirent.isFile() && isPlanName(dirent.name)) found.push(join(folder, dirent.name));
    }
  }
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
