import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { TrackingPlan } from '../tracking-plan.js';
import { lexiconPayload, type LexiconEntry } from './lexicon-payload.js';
import { entityCount } from './lexicon-sync.js';
import type { MixpanelClient } from './mixpanel-client.js';
import type { RateLimiter } from './rate-limiter.js';

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

/** Mixpanel's own events are never hidden, whatever the plan says. */
const isMixpanelEvent = (name: string): boolean => name.startsWith('$') || name.startsWith('mp_');

const hiding = (drop: boolean) => ({ hidden: true, ...(drop ? { dropped: true } : {}) });

/**
 * Works out what cleanup would do, with read-only requests: the project's Lexicon, the event names
 * it has received (with --include-unknown), and the profiles that have each retired people property.
 * Active and deprecated events are never touched: old clients still send deprecated ones.
 */
export async function findCleanup(plan: TrackingPlan, client: MixpanelClient, options: CleanupOptions, known: Partial<Record<string, readonly string[]>> = {}): Promise<CleanupWork> {
  const current = await client.listSchemas();
  const currentEvents = new Map(current.filter((e) => e.entityType === 'event').map((e) => [e.name, e]));
  const alreadyHidden = (name: string) => {
    const metadata = currentEvents.get(name)?.schemaJson.metadata?.['com.mixpanel'];
    return metadata?.hidden === true && (!options.drop || metadata.dropped === true);
  };
  const retired = lexiconPayload(plan)
    .entries.filter((e) => e.entityType === 'event' && plan.eventByName(e.name)?.status === 'retired' && !alreadyHidden(e.name))
    .map((e) => ({ ...e, schemaJson: { ...e.schemaJson, metadata: { 'com.mixpanel': { ...e.schemaJson.metadata?.['com.mixpanel'], ...hiding(options.drop) } } } }));

  let unknownEvents: string[] = [];
  if (options.includeUnknown) {
    const seen = new Set([...currentEvents.keys(), ...(await client.eventNames())]);
    unknownEvents = [...seen].filter((name) => !plan.eventByName(name) && !isMixpanelEvent(name) && !alreadyHidden(name)).sort();
  }
  const unknown: LexiconEntry[] = unknownEvents.map((name) => {
    const existing = currentEvents.get(name);
    return {
      entityType: 'event',
      name,
      schemaJson: { ...(existing?.schemaJson ?? {}), metadata: { 'com.mixpanel': { ...existing?.schemaJson.metadata?.['com.mixpanel'], ...hiding(options.drop) } } },
    };
  });

  const unset: { property: string; distinctIds: readonly string[] }[] = [];
  for (const property of [...plan.people.values()].filter((p) => p.status === 'retired')) {
    unset.push({ property: property.name, distinctIds: known[property.name] ?? (await profilesWith(client, property.name)) });
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

/** What a crashed run had finished, so the next run continues instead of repeating it. */
interface StateData {
  version: 1;
  projectId: string;
  profiles: Record<string, string[]>;
  done: Record<string, number[]>;
}

/** The state file: written after every batch, removed when the cleanup completes. */
export class CleanupState {
  #data: StateData;

  private constructor(private readonly file: string, data: StateData) {
    this.#data = data;
  }

  static open(file: string, projectId: string): CleanupState {
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as StateData;
      if (data.version === 1 && data.projectId === projectId) return new CleanupState(file, data);
    }
    return new CleanupState(file, { version: 1, projectId, profiles: {}, done: {} });
  }

  get resumed(): boolean {
    return Object.keys(this.#data.done).length > 0 || Object.keys(this.#data.profiles).length > 0;
  }

  get knownProfiles(): Readonly<Record<string, readonly string[]>> {
    return this.#data.profiles;
  }

  rememberProfiles(property: string, ids: readonly string[]): void {
    this.#data.profiles[property] = [...ids];
    this.#save();
  }

  isDone(step: string, batch: number): boolean {
    return this.#data.done[step]?.includes(batch) ?? false;
  }

  markDone(step: string, batch: number): void {
    (this.#data.done[step] ??= []).push(batch);
    this.#save();
  }

  finish(): void {
    rmSync(this.file, { force: true });
  }

  #save(): void {
    // Write then rename: a crash mid-write leaves the old state, never half a file.
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.#data));
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
