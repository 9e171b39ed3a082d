import type { LexiconEntry, LexiconMetadata } from './lexicon-payload.js';
import { sameJson } from '@trackplan/schema';

/** What a sync would do: entries to add, entries to replace, and how many already match. */
export interface SyncPlan {
  readonly add: readonly LexiconEntry[];
  readonly update: readonly LexiconEntry[];
  readonly unchanged: number;
}

/** The metadata keys the plan decides; others (owners, $source, ...) are left as Mixpanel has them. */
const MANAGED_METADATA = ['displayName', 'tags', 'hidden'] as const;

const key = (entry: Pick<LexiconEntry, 'entityType' | 'name'>): string => `${entry.entityType}\0${entry.name}`;
const metadataOf = (entry: LexiconEntry): LexiconMetadata => entry.schemaJson.metadata?.['com.mixpanel'] ?? {};

/**
 * Mixpanel merges the metadata of an upload into what it has: a key left out keeps its old value.
 * So a managed key the project has and the plan no longer sets is sent as null, to clear it.
 */
export function withClearedMetadata(desired: LexiconEntry, current: LexiconEntry | undefined): LexiconEntry {
  if (!current) return desired;
  const had = metadataOf(current);
  const wants = metadataOf(desired);
  const clears = Object.fromEntries(MANAGED_METADATA.filter((k) => had[k] !== undefined && had[k] !== null && wants[k] === undefined).map((k) => [k, null]));
  if (Object.keys(clears).length === 0) return desired;
  return { ...desired, schemaJson: { ...desired.schemaJson, metadata: { 'com.mixpanel': { ...wants, ...clears } } } };
}

/** Does the project's entry already say what the plan says? Metadata the plan does not manage is ignored. */
function matches(desired: LexiconEntry, current: LexiconEntry): boolean {
  const { metadata: desiredMetadata, ...desiredRest } = desired.schemaJson;
  const { metadata: currentMetadata, ...currentRest } = current.schemaJson;
  if (!sameJson(desiredRest, currentRest)) return false;
  const wants = desiredMetadata?.['com.mixpanel'] ?? {};
  const has = currentMetadata?.['com.mixpanel'] ?? {};
  return MANAGED_METADATA.every((k) => sameJson(wants[k] ?? null, has[k] ?? null));
}

export function planSync(desired: readonly LexiconEntry[], current: readonly LexiconEntry[]): SyncPlan {
  const byKey = new Map(current.map((entry) => [key(entry), entry]));
  const add: LexiconEntry[] = [];
  const update: LexiconEntry[] = [];
  let unchanged = 0;
  for (const entry of desired) {
    const existing = byKey.get(key(entry));
    if (!existing) add.push(entry);
    else if (matches(entry, existing)) unchanged++;
    else update.push(withClearedMetadata(entry, existing));
  }
  return { add, update, unchanged };
}

/** Mixpanel counts an entry and each of its properties against its 4,000-a-minute limit. */
export const entityCount = (entry: LexiconEntry): number => 1 + Object.keys(entry.schemaJson.properties ?? {}).length;

/** Entries in upload batches of at most `maxEntities` events and properties each. */
export function batchEntries(entries: readonly LexiconEntry[], maxEntities: number): LexiconEntry[][] {
  const batches: LexiconEntry[][] = [];
  let current: LexiconEntry[] = [];
  let size = 0;
  for (const entry of entries) {
    const n = entityCount(entry);
    if (current.length > 0 && size + n > maxEntities) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
