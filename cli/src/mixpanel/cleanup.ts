import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { lexiconPayload, type LexiconEntry } from './lexicon-payload.js';
import { entityCount } from './lexicon-sync.js';
import type { MixpanelClient } from './mixpanel-client.js';
import type { RateLimiter } from './rate-limiter.js';
import { isMixpanelNamespaced, isObject, type TrackingPlan } from '@trackplan/schema';

/** Ingestion takes at most 2,000 profile updates a request. */
export const ENGAGE_BATCH = 2000;

export interface CleanupWork {
  /** Events to hide: retired ones, and with --include-unknown those the plan does not have. */
  readonly hideEvents: readonly LexiconEntry[];
  readonly unknownEvents: readonly string[];
  /** Retired people properties and the profiles that still have them. */
  readonly unset: readonly { readonly property: string; readonly distinctIds: readonly string[] }[];
}

export interface CleanupOptions {
  readonly includeUnknown: boolean;
  /** Also set `dropped: true`: Mixpanel then discards incoming data for good. */
  readonly drop: boolean;
}

const hiding = (drop: boolean) => ({ hidden: true, ...(drop ? { dropped: true } : {}) });

/**
 * Works out what cleanup would do, with read-only requests: the project's Lexicon, the event names
 * it has received (with --include-unknown), and the profiles that have each retired people property.
 * Active and deprecated events are never touched: old clients still send deprecated ones.
 */
export async function findCleanup(
  plan: TrackingPlan,
  client: MixpanelClient,
  options: CleanupOptions,
  known: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<CleanupWork> {
  const current = await client.listSchemas();
  const currentEvents = new Map(current.filter((e) => e.entityType === 'event').map((e) => [e.name, e]));
  const alreadyHidden = (name: string) => {
    const metadata = currentEvents.get(name)?.schemaJson.metadata?.['com.mixpanel'];
    return metadata?.hidden === true && (!options.drop || metadata.dropped === true);
  };
  const retired = lexiconPayload(plan)
    .entries.filter(
      (e) => e.entityType === 'event' && plan.eventByName(e.name)?.status === 'retired' && !isMixpanelNamespaced(e.name) && !alreadyHidden(e.name),
    )
    .map((e) => ({
      ...e,
      schemaJson: { ...e.schemaJson, metadata: { 'com.mixpanel': { ...e.schemaJson.metadata?.['com.mixpanel'], ...hiding(options.drop) } } },
    }));

  let unknownEvents: string[] = [];
  if (options.includeUnknown) {
    const seen = new Set([...currentEvents.keys(), ...(await client.eventNames())]);
    unknownEvents = [...seen].filter((name) => !plan.eventByName(name) && !isMixpanelNamespaced(name) && !alreadyHidden(name)).sort();
  }
  const unknown: LexiconEntry[] = unknownEvents.map((name) => {
    const existing = currentEvents.get(name);
    return {
      entityType: 'event',
      name,
      schemaJson: {
        ...(existing?.schemaJson ?? {}),
        metadata: { 'com.mixpanel': { ...existing?.schemaJson.metadata?.['com.mixpanel'], ...hiding(options.drop) } },
      },
    };
  });

  const unset: { property: string; distinctIds: readonly string[] }[] = [];
  for (const property of [...plan.people.values()].filter((p) => p.status === 'retired' && !isMixpanelNamespaced(p.name))) {
    unset.push({ property: property.name, distinctIds: known.get(property.name) ?? (await profilesWith(client, property.name)) });
  }
  return { hideEvents: [...retired, ...unknown], unknownEvents, unset };
}

/** Every profile that has `property`, across all pages of one query session. */
async function profilesWith(client: MixpanelClient, property: string): Promise<string[]> {
  const ids: string[] = [];
  const where = `defined(properties[${JSON.stringify(property)}])`;
  let sessionId: string | undefined;
  for (let page = 0; ; page++) {
    const result = await client.queryProfiles(where, page, sessionId);
    sessionId = result.sessionId;
    ids.push(...result.profiles.map((p) => p.distinctId));
    if (result.profiles.length < result.pageSize) return ids;
  }
}

/** A state file that cannot be read as one: the run stops rather than guess what was done. */
export class CleanupStateError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}; it records a cleanup that stopped halfway. Fix or delete it, then run again`);
    this.name = 'CleanupStateError';
  }
}

/** What a crashed run had finished, so the next run continues instead of repeating it. */
interface StateData {
  readonly projectId: string;
  /** Maps, not objects: a property may be named `toString` or `__proto__`. */
  readonly profiles: Map<string, readonly string[]>;
  readonly done: Map<string, number[]>;
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isNumberList = (value: unknown): value is number[] => Array.isArray(value) && value.every((v) => Number.isInteger(v));

/** Reads a state file written by `#save`, checking every part of it. */
function parseState(file: string, text: string): StateData & { version: number } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CleanupStateError(file, `not JSON (${(e as Error).message})`);
  }
  const object = (isObject(data) ? data : {}) as { version?: unknown; projectId?: unknown; profiles?: unknown; done?: unknown };
  const entries = (value: unknown): [string, unknown][] | undefined =>
    Array.isArray(value) && value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string') ? (value as [string, unknown][]) : undefined;
  const profiles = entries(object.profiles);
  const done = entries(object.done);
  if (
    typeof object.version !== 'number' ||
    typeof object.projectId !== 'string' ||
    !profiles?.every(([, v]) => isStringList(v)) ||
    !done?.every(([, v]) => isNumberList(v))
  ) {
    throw new CleanupStateError(file, 'not a trackplan cleanup state (expected version, projectId, profiles and done)');
  }
  return {
    version: object.version,
    projectId: object.projectId,
    profiles: new Map(profiles as [string, string[]][]),
    done: new Map(done as [string, number[]][]),
  };
}

/** The state file: written after every batch, removed when the cleanup completes. */
export class CleanupState {
  static readonly VERSION = 2;
  #data: StateData;

  private constructor(
    private readonly file: string,
    data: StateData,
  ) {
    this.#data = data;
  }

  static open(file: string, projectId: string): CleanupState {
    if (existsSync(file)) {
      const data = parseState(file, readFileSync(file, 'utf8'));
      if (data.version === CleanupState.VERSION && data.projectId === projectId) return new CleanupState(file, data);
    }
    return new CleanupState(file, { projectId, profiles: new Map(), done: new Map() });
  }

  get resumed(): boolean {
    return this.#data.done.size > 0 || this.#data.profiles.size > 0;
  }

  get knownProfiles(): ReadonlyMap<string, readonly string[]> {
    return this.#data.profiles;
  }

  rememberProfiles(property: string, ids: readonly string[]): void {
    this.#data.profiles.set(property, [...ids]);
    this.#save();
  }

  isDone(step: string, batch: number): boolean {
    return this.#data.done.get(step)?.includes(batch) ?? false;
  }

  markDone(step: string, batch: number): void {
    const done = this.#data.done.get(step);
    if (done) done.push(batch);
    else this.#data.done.set(step, [batch]);
    this.#save();
  }

  finish(): void {
    rmSync(this.file, { force: true });
  }

  #save(): void {
    const { projectId, profiles, done } = this.#data;
    // Write then rename: a crash mid-write leaves the old state, never half a file.
    writeFileSync(`${this.file}.tmp`, JSON.stringify({ version: CleanupState.VERSION, projectId, profiles: [...profiles], done: [...done] }));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

export interface CleanupReport {
  readonly hiddenEvents: number;
  readonly unsetProfiles: number;
  readonly skippedBatches: number;
}

/**
 * Carries the cleanup out, batch by batch, recording each finished batch in the state file: events
 * hidden through the Lexicon Schemas API (within its rate limits), then retired people properties
 * unset on every profile through ingestion, each update with `$ip: 0` and `$ignore_time: true` so the
 * cleanup neither moves users nor touches their "last seen".
 */
export async function executeCleanup(
  work: CleanupWork,
  client: MixpanelClient,
  state: CleanupState,
  limiter: RateLimiter,
  progress: (done: number, total: number, what: string) => void,
): Promise<CleanupReport> {
  const token = client.connection.token;
  // Whatever built the work, Mixpanel's own events and profile properties are never touched.
  const reserved = [...work.hideEvents.map((e) => e.name), ...work.unset.map((u) => u.property)].filter(isMixpanelNamespaced);
  if (reserved.length > 0) throw new Error(`refusing to hide or unset Mixpanel's own data: ${reserved.join(', ')}`);
  const eventBatches = chunk(work.hideEvents, 50);
  const unsetBatches = work.unset.flatMap(({ property, distinctIds }) => chunk(distinctIds, ENGAGE_BATCH).map((ids, i) => ({ property, ids, i })));
  const total = eventBatches.length + unsetBatches.length;
  let done = 0;
  let skipped = 0;
  let hidden = 0;
  let unset = 0;
  for (const [i, batch] of eventBatches.entries()) {
    if (state.isDone('hide-events', i)) skipped++;
    else {
      await limiter.acquire(batch.reduce((n, e) => n + entityCount(e), 0));
      await client.uploadSchemas(batch);
      state.markDone('hide-events', i);
      hidden += batch.length;
    }
    progress(++done, total, 'events hidden');
  }
  for (const { property, distinctIds } of work.unset) state.rememberProfiles(property, distinctIds);
  for (const { property, ids, i } of unsetBatches) {
    const step = `unset:${property}`;
    if (state.isDone(step, i)) skipped++;
    else {
      await client.engage(ids.map((id) => ({ $token: token, $distinct_id: id, $unset: [property], $ip: 0, $ignore_time: true })));
      state.markDone(step, i);
      unset += ids.length;
    }
    progress(++done, total, 'profile batches updated');
  }
  state.finish();
  return { hiddenEvents: hidden, unsetProfiles: unset, skippedBatches: skipped };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
