import type { TSESTree } from '@typescript-eslint/utils';
import type { EvaluationEnvironment } from '../resolve/static-value.js';
import { vendorOf } from '../sdk/sdk-catalog.js';
import type { TrackingCall } from '../sdk/tracking-call.js';
import { nameValueEntry, staticObject, type StaticEntry } from './static-object.js';

export interface WrittenNodes {
  /** Where missing keys are reported: the object, or the name argument. */
  readonly node: TSESTree.Node;
  readonly entries: readonly StaticEntry[];
  /** False when keys we cannot see may be written too (a spread, a computed key, a name form). */
  readonly complete: boolean;
}

/** PostHog's person updates inside an event's properties: `capture('x', { $set: {...}, $set_once: {...} })`. */
const PERSON_UPDATE_KEYS = ['$set', '$set_once'];

/**
 * The person properties a PostHog event sets through `$set` and `$set_once`: people writes like any
 * other, checked against the plan's people and their owners.
 */
export function personUpdatesInEvent(call: TrackingCall, env: EvaluationEnvironment): WrittenNodes[] {
  if (call.kind !== 'track' || vendorOf(call.sdk) !== 'posthog' || !call.properties) return [];
  const event = staticObject(call.properties, env);
  return (event?.entries ?? []).flatMap((entry) => {
    if (!PERSON_UPDATE_KEYS.includes(entry.key)) return [];
    const updates = staticObject(entry.valueNode, env);
    return updates ? [{ node: updates.node, entries: updates.entries, complete: updates.complete }] : [];
  });
}

/**
 * The properties a call writes, as far as the code shows them: the object form
 * (`people.set({ plan })`), the `(name, value)` form (`people.set('plan', 'pro')`), or a list of
 * names (`people.unset(['a', 'b'])`). With `namesOnly`, values are not read.
 */
export function writtenEntries(call: TrackingCall, env: EvaluationEnvironment, namesOnly: boolean): WrittenNodes | undefined {
  if (call.propertyName) {
    const names = call.propertyName.type === 'ArrayExpression' ? call.propertyName.elements : [call.propertyName];
    const entries = names
      .flatMap((name) => (name && name.type !== 'SpreadElement' ? [nameValueEntry(name, namesOnly ? undefined : call.propertyValue, env)] : []))
      .filter((e): e is StaticEntry => e !== undefined);
    return { node: call.propertyName, entries, complete: false };
  }
  if (!call.properties) return undefined;
  const object = staticObject(call.properties, env);
  const entries = call.notProperties ? object?.entries.filter((e) => !call.notProperties!.includes(e.key)) : object?.entries;
  return object && entries && { node: object.node, entries, complete: object.complete };
}
