import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { containingRoot, walkInclude, type IncludeWalk } from './include-files.js';

/** The largest plan file (or included file) read: a plan is text a person writes, not a data dump. */
export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;

/**
 * How the loader reads files: from disk by default; the diff reads plans from git revisions
 * through the same interface, so `include` works at any revision.
 */
export interface PlanReader {
  /** The text of an absolute path; throws a `PlanReadError` when it cannot be read. */
  readText(file: string): string;
  /** The files an include pattern matches under `cwd` (the plan's folder), sorted, with what the walk saw. */
  include(pattern: string, cwd: string): IncludeWalk;
  /** Reads the working tree, so loads may be kept in the on-disk load cache (git revisions are not). */
  readonly cacheable?: boolean;
}

/** A file that could not be read at all: a usage or I/O problem (exit 2), not an invalid plan. */
export class PlanReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'PlanReadError';
  }
}

export const describeFsError = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a plan file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (e as Error).message;
};

export const fileSystemReader: PlanReader = {
  cacheable: true,
  readText(file) {
    // Checked on the open file: a symlink to /dev/zero or a huge file is refused before it is read.
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const stat = fstatSync(fd);
      if (stat.isDirectory()) throw new PlanReadError(file, 'is a folder, not a plan file');
      if (!stat.isFile()) throw new PlanReadError(file, 'is not a regular file');
      if (stat.size > MAX_PLAN_FILE_BYTES) throw new PlanReadError(file, `is larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB, more than a plan can be`);
      return readFileSync(fd, 'utf8');
    } catch (e) {
      if (e instanceof PlanReadError) throw e;
      throw new PlanReadError(file, describeFsError(e));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
  include(pattern, cwd) {
    return walkInclude(pattern, cwd, containingRoot(cwd));
  },
};
