import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { resolve } from 'node:path';
import { contentHash } from './disk-load-cache.js';
import { loadPlan, type LoadResult } from './load-plan.js';
import { fileSystemReader, type PlanReader } from './plan-reader.js';

/** What a file looked like when it was read; for a folder walked by an include, only its mtime. */
interface FileStamp {
  readonly kind?: 'folder';
  readonly path: string;
  readonly mtimeMs: number;
  readonly size: number;
  readonly hash: string;
  /** When the stamp was taken (or last verified): an mtime this close to it may hide a later same-size edit. */
  stampedAt: number;
}

export interface CacheEntry {
  readonly result: LoadResult;
  readonly stamps: readonly FileStamp[];
  /** The last plan that loaded without errors, for callers that keep working through a broken edit. */
  readonly lastValid: LoadResult | undefined;
}

/**
 * File systems record mtimes coarsely (1 s or 2 s on some); an edit within that window after a read
 * can keep both mtime and size, so recent files are compared by content too.
 */
const RACY_WINDOW_MS = 2_000;

const hashOf = contentHash;

function isUnchanged(previous: FileStamp): boolean {
  let stat;
  try {
    stat = statSync(previous.path, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (!stat || stat.mtimeMs !== previous.mtimeMs) return false;
  // A folder's mtime changes when a file in it is added, removed or renamed: enough to re-glob.
  if (previous.kind === 'folder') return true;
  if (stat.size !== previous.size) return false;
  if (previous.stampedAt - previous.mtimeMs > RACY_WINDOW_MS) return true;
  if (hashOf(readFileSync(previous.path)) !== previous.hash) return false;
  // Verified by content: once the mtime is old enough, later checks can trust it without hashing.
  previous.stampedAt = Date.now();
  return true;
}

/**
 * Loads each plan once per process and again only when one of its files changed, so an editor's
 * long-lived ESLint server sees edits and a CLI or CI run parses the plan once.
 */
export class PlanCache {
  readonly #entries = new Map<string, CacheEntry>();

  /** The plan at `file`, loaded or reused; throws `PlanReadError` when the file cannot be read. */
  load(file: string): LoadResult {
    return this.entry(file).result;
  }

  /** Like `load`, with the last valid version of the plan seen by this cache (for editors mid-edit). */
  entry(file: string): CacheEntry {
    const path = resolve(file);
    const cached = this.#entries.get(path);
    if (cached && cached.stamps.every(isUnchanged)) return cached;
    const stamps: FileStamp[] = [];
    const result = loadPlan(path, stampingReader(stamps));
    // For bench/lint.js, which counts plan loads across ESLint's worker threads.
    if (process.env.TRACKPLAN_LOAD_LOG) appendFileSync(process.env.TRACKPLAN_LOAD_LOG, `${process.pid}:${threadId}\n`);
    const entry: CacheEntry = {
      result,
      stamps,
      lastValid: result.valid ? result : cached?.lastValid,
    };
    this.#entries.set(path, entry);
    return entry;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** Reads through the file system, recording what each file looked like before it was read. */
function stampingReader(stamps: FileStamp[]): PlanReader {
  return {
    ...fileSystemReader,
    readText(file) {
      let stat;
      try {
        stat = statSync(file);
      } catch {
        stat = undefined; // readText reports it
      }
      const text = fileSystemReader.readText(file);
      if (stat) stamps.push({ path: file, mtimeMs: stat.mtimeMs, size: stat.size, hash: hashOf(text), stampedAt: Date.now() });
      return text;
    },
    include(pattern, cwd) {
      const walk = fileSystemReader.include(pattern, cwd);
      for (const folder of walk.folders) {
        const stat = statSync(folder, { throwIfNoEntry: false });
        if (stat) stamps.push({ kind: 'folder', path: folder, mtimeMs: stat.mtimeMs, size: 0, hash: '', stampedAt: Date.now() });
      }
      return walk;
    },
  };
}

/** The process-wide cache that the plugin, the action and the CLI share. */
export const planCache = new PlanCache();
