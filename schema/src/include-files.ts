import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { walkFolders } from './walk-folders.js';

/** The most directory entries one plan's includes may walk past, and the most files they may name. */
export const INCLUDE_LIMITS = { entries: 50_000, files: 1_000 } as const;

/**
 * Why an include pattern may not be used, or undefined: includes are relative paths that stay in the
 * plan's folder tree (so inside the repository), never absolute and never climbing out with `..`.
 */
export function includePatternProblem(pattern: string): string | undefined {
  if (isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern) || pattern.startsWith('/') || pattern.startsWith('\\')) {
    return `include \`${pattern}\` is an absolute path; includes are paths relative to the plan, inside its folder`;
  }
  if (pattern.split(/[\\/]/).includes('..')) return `include \`${pattern}\` leaves the plan's folder (\`..\`); includes must stay inside it`;
  return undefined;
}

/** The repository a plan lives in (the nearest folder with `.git`), else the plan's own folder. */
export function containingRoot(folder: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (statSync(join(dir, '.git'), { throwIfNoEntry: false })) return dir;
    if (dirname(dir) === dir) return folder;
  }
}

export interface IncludeWalk {
  /** Absolute paths of the regular files matched, sorted. */
  readonly files: string[];
  /** Every folder walked: a file added to any of them changes its mtime, which tells a cache to look again. */
  readonly folders: string[];
  /** Symlinks that lead outside the repository, or to something that is not a regular file; the walk's bounds. */
  readonly problems: string[];
}

const isInside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The files an include pattern matches under `cwd` (the plan's folder), walked by hand rather than
 * by a glob library so that it is bounded and safe: symlinked folders are never entered, a symlinked
 * file is used only when it resolves to a regular file inside `root`, and the walk stops at
 * INCLUDE_LIMITS with a problem saying so.
 */
export function walkInclude(pattern: string, cwd: string, root: string): IncludeWalk {
  const { base } = picomatch.scan(pattern);
  const matches = picomatch(pattern, { dot: true });
  const files: string[] = [];
  const folders: string[] = [];
  const problems: string[] = [];
  const start = join(cwd, base);
  if (!isInside(cwd, start)) return { files, folders, problems };
  // The base itself may be a file (`include: [plans/web.yaml]`).
  const startStat = lstatSync(start, { throwIfNoEntry: false });
  if (!startStat) return { files, folders, problems };
  const consider = (path: string, isLink: boolean): void => {
    const rel = relative(cwd, path).split(sep).join('/');
    if (!matches(rel)) return;
    if (isLink) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        problems.push(`include \`${pattern}\`: ${rel} is a broken symlink`);
        return;
      }
      if (!isInside(root, target)) {
        problems.push(`include \`${pattern}\`: ${rel} is a symlink to ${target}, outside the repository; includes are read only inside it`);
        return;
      }
      if (!statSync(target).isFile()) {
        problems.push(`include \`${pattern}\`: ${rel} is a symlink to something that is not a regular file`);
        return;
      }
    }
    if (files.length >= INCLUDE_LIMITS.files) return;
    files.push(path);
  };
  if (startStat.isFile() || startStat.isSymbolicLink()) {
    consider(start, startStat.isSymbolicLink());
    folders.push(dirname(start));
    return { files, folders, problems };
  }
  const walk = walkFolders(start, INCLUDE_LIMITS.entries, (path, entry) => {
    consider(path, entry.isSymbolicLink());
  });
  folders.push(...walk.folders);
  if (!walk.complete) problems.push(`include \`${pattern}\` walks more than ${INCLUDE_LIMITS.entries} entries; name a narrower folder`);
  if (files.length >= INCLUDE_LIMITS.files) problems.push(`include \`${pattern}\` matches more than ${INCLUDE_LIMITS.files} files`);
  return { files: files.sort(), folders, problems };
}
