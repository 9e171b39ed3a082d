import type { EventDefinition, JsonSchema, PropertyDefinition } from '../model.js';
import type { TrackingPlan } from '../tracking-plan.js';
import { buildChange, SEVERITIES, type ChangeFacts, type ChangeScope, type Change, type Severity } from './change.js';
import {
  eventAdded,
  eventAdditionalPropertiesChanged,
  eventDescriptionChanged,
  eventKeyRenamed,
  eventNameChanged,
  eventProductAdded,
  eventProductRemoved,
  eventRemoved,
  eventStatusChanged,
} from './events.js';
import { productAdded, productOwnersChanged, productPathsChanged, productRemoved, productSideChanged } from './products.js';
import { diffProductList, diffPropertySet } from './walk-properties.js';
import { sameJson } from './same-json.js';

/** The plan sections the diff reads: a loaded plan, or the empty plan a new plan file is compared with. */
export type DiffablePlan = Pick<TrackingPlan, 'events' | 'superProperties' | 'people' | 'products'>;

export const EMPTY_PLAN: DiffablePlan = { events: new Map(), superProperties: new Map(), people: new Map(), products: new Map() };

export interface PlanDiff {
  readonly changes: readonly Change[];
  readonly summary: Readonly<Record<Severity, number>>;
}

/**
 * Every change from `base` to `head`, in a fixed order: events by key, then super properties,
 * people properties and products. Events are matched by key; a key that disappears while a new
 * key carries the same eventName is a rename. `$ref`s are already inlined, so a shared definition
 * that changes is reported for every event that uses it.
 */
export function diffPlans(base: DiffablePlan, head: DiffablePlan): PlanDiff {
  const allProducts = [...new Set([...head.products.keys(), ...base.products.keys()])];
  const changes = [
    ...diffEvents(base, head, allProducts),
    ...diffPropertySet(schemas(base.superProperties), schemas(head.superProperties), [], [], {
      scope: { section: 'superProperties', products: allProducts },
      paths: { base: ['superProperties'], head: ['superProperties'] },
      prefix: '',
      people: false,
      allProducts,
    }),
    ...diffPropertySet(schemas(base.people), schemas(head.people), [], [], {
      scope: { section: 'people', products: allProducts },
      scopeOf: (before, after) => ({ section: 'people', products: productsOf(before?.products, after?.products, allProducts) }),
      paths: { base: ['people'], head: ['people'] },
      prefix: '',
      people: true,
      allProducts,
    }),
    ...diffProducts(base, head),
  ];
  return { changes, summary: summarize(changes) };
}

export function summarize(changes: readonly { severity: Severity }[]): Record<Severity, number> {
  const summary = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const change of changes) summary[change.severity]++;
  return summary;
}

const schemas = (properties: ReadonlyMap<string, PropertyDefinition>): Record<string, JsonSchema> =>
  Object.fromEntries([...properties].map(([name, p]) => [name, p.schema]));

/** The products that should see a change: those listed on either side, or every product. */
function productsOf(before: unknown, after: unknown, allProducts: readonly string[]): string[] {
  if (!Array.isArray(before) || !Array.isArray(after)) return [...allProducts];
  const listed = new Set([...(before as unknown[]), ...(after as unknown[])].map(String));
  return allProducts.filter((p) => listed.has(p));
}

function diffEvents(base: DiffablePlan, head: DiffablePlan, allProducts: readonly string[]): Change[] {
  // A removed key whose eventName an added key now carries is the same event, renamed.
  const addedByName = new Map<string, EventDefinition>();
  for (const [key, event] of head.events) if (!base.events.has(key) && !addedByName.has(event.eventName)) addedByName.set(event.eventName, event);
  const renamedTo = new Map<string, EventDefinition>(); // base key → head event
  for (const [key, event] of base.events) {
    const successor = head.events.has(key) ? undefined : addedByName.get(event.eventName);
    if (successor) {
      renamedTo.set(key, successor);
      addedByName.delete(event.eventName);
    }
  }
  const renamedHeadKeys = new Set([...renamedTo.values()].map((e) => e.key));
  const keys = [...new Set([...base.events.keys(), ...head.events.keys()])].filter((key) => !renamedHeadKeys.has(key)).sort();

  const changes: Change[] = [];
  for (const key of keys) {
    const before = base.events.get(key);
    const after = head.events.get(key) ?? renamedTo.get(key);
    // Most events of a large plan are unchanged: one deep comparison rules them out.
    if (before && after) {
      if (!sameEvent(before, after)) changes.push(...diffEvent(before, after, allProducts));
    } else if (after) changes.push(eventChange(after, undefined, allProducts, eventAdded(after), 'head'));
    else if (before) changes.push(eventChange(before, undefined, allProducts, eventRemoved(before), 'base'));
  }
  return changes;
}

function eventChange(
  event: EventDefinition,
  other: EventDefinition | undefined,
  allProducts: readonly string[],
  facts: Omit<ChangeFacts, 'path' | 'pathIn'>,
  pathIn: 'base' | 'head',
  keyword?: string,
): Change {
  const scope: ChangeScope = {
    section: 'event',
    event: event.key,
    eventName: event.eventName,
    products: productsOf(event.products, other ? other.products : event.products, allProducts),
  };
  return buildChange(scope, { ...facts, path: keyword ? ['events', event.key, keyword] : ['events', event.key], pathIn });
}

const sameEvent = (a: EventDefinition, b: EventDefinition): boolean =>
  a.key === b.key &&
  a.eventName === b.eventName &&
  a.status === b.status &&
  a.description === b.description &&
  a.additionalProperties === b.additionalProperties &&
  sameJson(a.products, b.products) &&
  sameJson(a.required, b.required) &&
  a.properties.size === b.properties.size &&
  [...a.properties].every(([name, p]) => sameJson(p.schema, b.properties.get(name)?.schema));

/** The same event on both sides (perhaps under a new key). */
function diffEvent(before: EventDefinition, after: EventDefinition, allProducts: readonly string[]): Change[] {
  const change = (facts: Omit<ChangeFacts, 'path' | 'pathIn'>, keyword?: string): Change => eventChange(after, before, allProducts, facts, 'head', keyword);
  const changes: Change[] = [];
  if (before.key !== after.key) changes.push(change(eventKeyRenamed(before, after)));
  if (before.eventName !== after.eventName) changes.push(change(eventNameChanged(before, after), 'eventName'));
  if (before.status !== after.status) changes.push(change(eventStatusChanged(before.status, after.status), 'status'));
  diffProductList(
    before.products,
    after.products,
    allProducts,
    (product) => changes.push(change(eventProductAdded(product), 'products')),
    (product) => changes.push(change(eventProductRemoved(product), 'products')),
  );
  if (before.additionalProperties !== after.additionalProperties)
    changes.push(change(eventAdditionalPropertiesChanged(before.additionalProperties, after.additionalProperties), 'additionalProperties'));
  if ((before.description ?? '') !== (after.description ?? '')) changes.push(change(eventDescriptionChanged(before, after), 'description'));
  changes.push(
    ...diffPropertySet(schemas(before.properties), schemas(after.properties), before.required, after.required, {
      scope: { section: 'event', event: after.key, eventName: after.eventName, products: productsOf(before.products, after.products, allProducts) },
      paths: { base: ['events', before.key, 'properties'], head: ['events', after.key, 'properties'] },
      prefix: '',
      people: false,
      allProducts,
    }),
  );
  return changes;
}

function diffProducts(base: DiffablePlan, head: DiffablePlan): Change[] {
  const changes: Change[] = [];
  const change = (product: string, facts: Omit<ChangeFacts, 'path' | 'pathIn'>, pathIn: 'base' | 'head', keyword?: string): Change =>
    buildChange({ section: 'products', products: [product] }, { ...facts, path: keyword ? ['products', product, keyword] : ['products', product], pathIn });
  for (const name of [...new Set([...base.products.keys(), ...head.products.keys()])].sort()) {
    const before = base.products.get(name);
    const after = head.products.get(name);
    if (!before && after) changes.push(change(name, productAdded(after), 'head'));
    else if (before && !after) changes.push(change(name, productRemoved(before), 'base'));
    else if (before && after) {
      if (before.owners.join('\0') !== after.owners.join('\0')) changes.push(change(name, productOwnersChanged(before, after), 'head', 'owners'));
      if (before.side !== after.side) changes.push(change(name, productSideChanged(before, after), 'head', 'side'));
      if (before.paths.join('\0') !== after.paths.join('\0')) changes.push(change(name, productPathsChanged(before, after), 'head', 'paths'));
    }
  }
  return changes;
}
