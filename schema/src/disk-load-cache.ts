import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { TRACKPLAN_VERSION } from './version.js';

/**
 * Parsing and checking a large plan costs a few hundred milliseconds, paid by every process that
 * loads it (each ESLint worker, each CLI run). The result is kept in node_modules/.cache/trackplan,
 * keyed by the content of every file the plan was read from and by trackplan's version, so any edit
 * or upgrade loads afresh. Set TRACKPLAN_NO_CACHE=1 to bypass it.
 */
export interface CachedLoad {
  readonly version: string;
  /** The plan file first, then its includes: what each contained, and its parsed value. */
  readonly files: readonly { readonly path: string; readonly hash: string; readonly value: unknown }[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The hash files are recognised by, in the on-disk cache and in the in-memory one. */
export const contentHash = (text: string | Buffer): string => createHash('sha1').update(text).digest('hex');

/** node_modules/.cache/trackplan in the nearest node_modules above the plan, if there is one. */
export function cacheDirFor(planFile: string): string | undefined {
  if (process.env.TRACKPLAN_NO_CACHE) return undefined;
  for (let dir = dirname(planFile); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'trackplan');
    if (dirname(dir) === dir) return undefined;
  }
}

const entryFile = (dir: string, planFile: string) => join(dir, `${contentHash(planFile).slice(0, 16)}.json`);

export function readCachedLoad(planFile: string): CachedLoad | undefined {
  const dir = cacheDirFor(planFile);
  if (!dir) return undefined;
  try {
    const entry = JSON.parse(readFileSync(entryFile(dir, planFile), 'utf8')) as CachedLoad;
    return entry.version === TRACKPLAN_VERSION && entry.files[0]?.path === planFile ? entry : undefined;
  } catch {
    return undefined; // absent or unreadable: load afresh
  }
}

/** Values YAML can hold that JSON cannot (Infinity, NaN) make an entry unsafe to keep. */
const jsonSafe = (value: unknown): boolean => {
  let safe = true;
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) safe = false;
    return v;
  });
  return safe;
};

export function writeCachedLoad(planFile: string, entry: CachedLoad): void {
  const dir = cacheDirFor(planFile);
  if (!dir || !entry.files.every((f) => jsonSafe(f.value))) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = entryFile(dir, planFile);
    // Write then rename: concurrent ESLint workers never read half an entry.
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, file);
  } catch {
    // A read-only node_modules only costs the next process a fresh load.
  }
}
