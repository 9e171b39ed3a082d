import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { INCLUDE_LIMITS } from './include-files.js';
import { PlanReadError, type PlanReader } from './plan-reader.js';

/** A git command that failed: an unknown revision, not a repository, git missing. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

const git = (args: readonly string[], cwd: string): string => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const output = (e as { stderr?: unknown }).stderr;
    const stderr = (typeof output === 'string' ? output : '').trim();
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new GitError('git is not installed (needed to read plans at a revision)');
    throw new GitError(stderr.split('\n')[0] || (e as Error).message);
  }
};

/** The top folder of the git repository `cwd` is in. */
export function repositoryRoot(cwd: string): string {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch {
    throw new GitError(`${cwd} is not inside a git repository`);
  }
}

/** The commit `revision` names; a clear error when it names none. */
export function resolveRevision(revision: string, cwd: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd).trim();
  } catch {
    throw new GitError(`unknown git revision \`${revision}\``);
  }
}

const toPosix = (path: string): string => path.split(sep).join('/');

/**
 * Reads plan files as they were at a commit, so a plan and everything it includes come from the
 * same revision. Paths stay absolute paths in the working tree, which is how they are reported.
 */
export function gitPlanReader(root: string, commit: string, label = commit): PlanReader {
  let files: string[] | undefined;
  return {
    readText(file) {
      const path = toPosix(relative(root, file));
      try {
        return git(['show', `${commit}:${path}`], root);
      } catch {
        throw new PlanReadError(file, `does not exist at ${label}`);
      }
    },
    include(pattern, cwd) {
      files ??= git(['ls-tree', '-r', '--name-only', '-z', commit], root).split('\0').filter(Boolean);
      const base = toPosix(relative(root, cwd));
      const matches = picomatch(pattern, { dot: true });
      const matched = files
        .filter((f) => base === '' || f.startsWith(`${base}/`))
        .filter((f) => matches(base === '' ? f : f.slice(base.length + 1)))
        .map((f) => resolve(root, f))
        .sort();
      return {
        files: matched.slice(0, INCLUDE_LIMITS.files),
        folders: [],
        problems: matched.length > INCLUDE_LIMITS.files ? [`include \`${pattern}\` matches more than ${INCLUDE_LIMITS.files} files`] : [],
      };
    },
  };
}
