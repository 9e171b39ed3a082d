import { readFileSync } from 'node:fs';
import { tinyglobby } from './lazy-dependencies.js';

/**
 * How the loader reads files: from disk by default; the diff reads plans from git revisions
 * through the same interface, so `include` works at any revision.
 */
export interface PlanReader {
  /** The text of an absolute path; throws a `PlanReadError` when it cannot be read. */
  readText(file: string): string;
  /** Absolute paths of the files matching `patterns` under `cwd`, sorted. */
  glob(patterns: readonly string[], cwd: string): string[];
  /** Reads the working tree, so loads may be kept in the on-disk load cache (git revisions are not). */
  readonly cacheable?: boolean;
}

/** A file that could not be read at all: a usage or I/O problem (exit 2), not an invalid plan. */
export class PlanReadError extends Error {
  constructor(readonly file: string, readonly reason: string) {
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
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      throw new PlanReadError(file, describeFsError(e));
    }
  },
  glob(patterns, cwd) {
    return tinyglobby().globSync([...patterns], { cwd, absolute: true, onlyFiles: true }).sort();
  },
};
