import picomatch from 'picomatch';
import { CASE_STYLES, conformsTo, detectStyle, eventKeyFor, looseName, reservedNamesFor, type CallDescription, type Tracker } from '@trackplan/schema';

import { collectTrackingCalls } from '../collect/collect-calls.js';
import { personUpdatesInEvent, writtenEntries, type WrittenNodes } from '../properties/written-entries.js';
import { vendorOf } from '../sdk/sdk-catalog.js';
import { withType } from '../properties/typed-entries.js';
import type { KnownValue } from '../properties/static-object.js';

export interface InferOptions {
  readonly cwd: string;
  readonly files: readonly string[];
  readonly trackers: readonly Tracker[];
  /** `web` → `apps/web/**`: which files belong to which product. */
  readonly products: readonly { readonly name: string; readonly glob: string }[];
  /** Read property types from TypeScript where the code does not spell values out (needs a tsconfig.json). */
  readonly types?: boolean;
  /** Calls in other languages (Swift, Kotlin, Java, Ruby, Python), recognised by `trackplan check`'s grammars. */
  readonly described?: readonly DescribedCallAt[];
}

/** A call described for the core's judgement, where it is: what other languages' recognisers give. */
export interface DescribedCallAt {
  /** Relative to `cwd`, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly call: CallDescription;
}

/** What is written by a call, as far as inference needs it: keys, what is known of their values, whether that is all. */
interface Written {
  readonly complete: boolean;
  readonly entries: readonly { readonly key: string; readonly value: KnownValue }[];
}

/** An inconsistency found in the code, where it is. */
export interface Inconsistency {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface InferResult {
  readonly plan: Record<string, unknown>;
  readonly inconsistencies: readonly Inconsistency[];
  readonly calls: number;
}

interface Seen {
  readonly file: string;
  readonly line: number;
}

interface PropertyObservations {
  readonly spelling: string;
  readonly values: unknown[];
  readonly types: Set<string>;
  unknown: number;
  readonly where: Seen[];
}

interface Target {
  calls: number;
  completeCalls: number;
  readonly present: Map<string, number>;
  readonly properties: Map<string, PropertyObservations>;
  readonly products: Set<string>;
  readonly where: Seen[];
}

const newTarget = (): Target => ({ calls: 0, completeCalls: 0, present: new Map(), properties: new Map(), products: new Set(), where: [] });

const jsonTypeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

/**
 * Drafts a plan from the tracking calls already in the code, with the plugin's own recognition:
 * one event per distinct name, properties typed by the values seen, enums for small literal sets,
 * `required` for keys every call sends, products from path globs, super and people properties from
 * their calls; and lists the inconsistencies (one event spelled two ways, `'true'` beside `true`,
 * one property key in two casings), each where it is.
 */
export function inferPlan(options: InferOptions): InferResult {
  const events = new Map<string, Target>();
  const superProperties = newTarget();
  const people = newTarget();
  const productOf = options.products.map((p) => ({ name: p.name, matches: picomatch(p.glob, { dot: true }) }));
  let calls = 0;

  const record = (target: Target, entries: Written | undefined, seen: Seen, products: readonly string[], reserved: (name: string) => boolean = () => false) => {
    target.calls++;
    target.where.push(seen);
    for (const p of products) target.products.add(p);
    if (!entries) return;
    if (entries.complete) target.completeCalls++;
    for (const entry of entries.entries) {
      if (entry.value.kind === 'absent' || reserved(entry.key)) continue;
      if (entries.complete) target.present.set(entry.key, (target.present.get(entry.key) ?? 0) + 1);
      const observed = target.properties.get(entry.key) ?? { spelling: entry.key, values: [], types: new Set<string>(), unknown: 0, where: [] };
      target.properties.set(entry.key, observed);
      observed.where.push(seen);
      addValue(observed, entry.value);
    }
  };

  /** One call, whatever its language: its events' properties, super properties, or profile properties. */
  const observe = (
    call: { kind: string; peopleMethod?: string; names: readonly string[] | undefined; written: Written | undefined; personUpdates: readonly Written[] },
    seen: Seen,
    reserved: (name: string) => boolean,
  ) => {
    const products = productOf.filter((p) => p.matches(seen.file)).map((p) => p.name);
    if (call.kind === 'track') {
      for (const name of call.names ?? []) {
        calls++;
        const target = events.get(name) ?? newTarget();
        events.set(name, target);
        record(target, call.written, seen, products, reserved);
      }
      // PostHog's `$set` / `$set_once` inside an event: person properties.
      for (const written of call.personUpdates) record(people, written, seen, products);
    } else if (call.kind === 'register') {
      calls++;
      record(superProperties, call.written, seen, products, reserved);
    } else if (call.kind === 'people' && (call.peopleMethod === 'set' || call.peopleMethod === 'set_once')) {
      calls++;
      // Profile properties are all planned, Mixpanel's reserved ones ($email, $name) included.
      record(people, call.written, seen, products);
    }
  };

  collectTrackingCalls(options, ({ call, analysis, file, node }) => {
    // With type information, a value only known at run time is planned by its TypeScript type.
    const typed = (written: WrittenNodes | undefined): Written | undefined =>
      written && options.types ? { ...written, entries: written.entries.map((e) => withType(e, analysis)) } : written;
    // The SDK's own names (Mixpanel's `$insert_id`, PostHog's `$set`) are not the plan's to draft.
    observe(
      {
        kind: call.kind,
        peopleMethod: call.peopleMethod,
        names: call.kind === 'track' ? analysis.eventNames(call) : undefined,
        written: typed(writtenEntries(call, analysis.environment, false)),
        personUpdates: personUpdatesInEvent(call, analysis.environment)
          .map(typed)
          .filter((w): w is Written => w !== undefined),
      },
      { file, line: node.loc.start.line },
      reservedNamesFor(vendorOf(call.sdk), 'eventProperty'),
    );
  });
  for (const { file, line, call } of options.described ?? []) {
    observe(
      { kind: call.kind, peopleMethod: call.peopleMethod, names: call.event?.names, written: call.written, personUpdates: call.personUpdates },
      { file, line },
      reservedNamesFor(call.vendor, 'eventProperty'),
    );
  }
  return draft(events, superProperties, people, options, calls);
}

function addValue(observed: PropertyObservations, value: KnownValue): void {
  if (value.kind === 'value') {
    observed.values.push(value.value);
    observed.types.add(jsonTypeOf(value.value));
  } else if (value.kind === 'type') observed.types.add(value.type);
  else if (value.kind === 'types') {
    for (const type of value.types) observed.types.add(type);
    // A literal union (`'free' | 'pro'`) is as good as the literals themselves, for enums too.
    if (value.literals) observed.values.push(...value.literals);
    else observed.unknown++;
  } else observed.unknown++;
}

/** The schema the observations support. */
function schemaOf(observed: PropertyObservations): Record<string, unknown> {
  const types = new Set(observed.types);
  if (types.has('integer') && types.has('number')) types.delete('integer');
  // 'true' / 'false' strings beside booleans are the same property sent wrong: plan the boolean.
  const strings = observed.values.filter((v): v is string => typeof v === 'string');
  if (types.has('boolean') && types.has('string') && strings.every((s) => s === 'true' || s === 'false')) types.delete('string');
  // `null` beside values only known at run time says nothing about their type: leave it open.
  if (types.size === 1 && types.has('null') && observed.unknown > 0) types.delete('null');
  const list = [...types].sort();
  const schema: Record<string, unknown> = list.length === 0 ? {} : { type: list.length === 1 ? list[0] : list };
  const distinct = [...new Set(strings)].sort();
  if (list.length === 1 && list[0] === 'string' && observed.unknown === 0 && distinct.length >= 1 && distinct.length <= 5 && strings.length >= 2)
    schema.enum = distinct;
  // Values only known at run time give no type: the draft leaves it open rather than guess.
  return schema;
}

function draft(events: Map<string, Target>, superProperties: Target, people: Target, options: InferOptions, calls: number): InferResult {
  const inconsistencies: Inconsistency[] = [];
  // One event spelled several ways: the most used spelling is kept, the others planned as deprecated.
  const groups = new Map<string, string[]>();
  for (const name of [...events.keys()].sort()) groups.set(looseName(name), [...(groups.get(looseName(name)) ?? []), name]);
  const planned: Record<string, Record<string, unknown>> = {};
  const keyOf = new Map<string, string>();
  // The spelling most used wins; on a tie, the one that follows the style most names follow.
  const allNames = [...events.keys()];
  const dominant = [...CASE_STYLES].sort(
    (x, y) => allNames.filter((n) => conformsTo(n, y, [])).length - allNames.filter((n) => conformsTo(n, x, [])).length,
  )[0]!;
  const follows = (name: string) => (conformsTo(name, dominant, []) ? 1 : 0);
  const byUse = (a: string, b: string) => events.get(b)!.calls - events.get(a)!.calls || follows(b) - follows(a) || (a < b ? -1 : 1);
  for (const names of groups.values()) {
    const [main, ...others] = [...names].sort(byUse);
    for (const name of [main!, ...others]) {
      let key = eventKeyFor(name);
      for (let n = 2; key in planned; n++) key = `${eventKeyFor(name)}${n}`;
      keyOf.set(name, key);
      const target = events.get(name)!;
      const properties = Object.fromEntries([...target.properties].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, o]) => [k, schemaOf(o)]));
      const required =
        target.completeCalls > 0 && target.completeCalls === target.calls
          ? [...target.present]
              .filter(([, n]) => n === target.completeCalls)
              .map(([k]) => k)
              .sort()
          : [];
      planned[key] = {
        eventName: name,
        ...(options.products.length && target.products.size ? { products: [...target.products].sort() } : {}),
        ...(name !== main ? { status: 'deprecated', replacedBy: keyOf.get(main!) } : {}),
        ...(Object.keys(properties).length ? { properties } : {}),
        ...(required.length ? { required } : {}),
      };
      if (name !== main) {
        const first = events.get(main!)!.where[0]!;
        for (const seen of target.where)
          inconsistencies.push({ ...seen, message: `event \`${name}\` is spelled \`${main}\` elsewhere (${first.file}:${first.line})` });
      }
      for (const [key2, observed] of target.properties) {
        const strings = observed.values.filter((v) => v === 'true' || v === 'false');
        if (observed.types.has('boolean') && strings.length > 0) {
          inconsistencies.push({
            ...observed.where[0]!,
            message: `property \`${key2}\` of \`${name}\` is sent both as a boolean and as the string ${JSON.stringify(strings[0])}`,
          });
        }
      }
    }
  }
  // One property key in several casings, anywhere in the code.
  const keys = new Map<string, Map<string, Seen>>();
  for (const target of [...events.values(), superProperties]) {
    for (const [key, observed] of target.properties) {
      const spellings = keys.get(looseName(key)) ?? new Map<string, Seen>();
      keys.set(looseName(key), spellings);
      if (!spellings.has(key)) spellings.set(key, observed.where[0]!);
    }
  }
  for (const spellings of keys.values()) {
    if (spellings.size < 2) continue;
    const [first, ...rest] = [...spellings].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [key, seen] of rest)
      inconsistencies.push({ ...seen, message: `property \`${key}\` is spelled \`${first![0]}\` elsewhere (${first![1].file}:${first![1].line})` });
  }

  const propertiesOf = (target: Target, extra: Record<string, unknown> = {}) =>
    Object.fromEntries([...target.properties].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, o]) => [k, { ...schemaOf(o), ...extra }]));
  const activeNames = Object.values(planned)
    .filter((e) => !e.status)
    .map((e) => String(e.eventName));
  const propertyNames = Object.values(planned)
    .flatMap((e) => Object.keys((e.properties as object | undefined) ?? {}))
    .filter((n) => !n.startsWith('$'));
  const plan: Record<string, unknown> = {
    version: 1,
    conventions: { eventName: detectStyle(activeNames), propertyName: detectStyle([...new Set(propertyNames)]) },
    ...(options.products.length ? { products: Object.fromEntries(options.products.map((p) => [p.name, { paths: [p.glob] }])) } : {}),
    ...(options.trackers.length ? { code: { trackers: options.trackers } } : {}),
    events: Object.fromEntries(Object.entries(planned).sort(([a], [b]) => (a < b ? -1 : 1))),
    ...(superProperties.properties.size ? { superProperties: propertiesOf(superProperties) } : {}),
    ...(people.properties.size ? { people: propertiesOf(people, { owner: 'client' }) } : {}),
  };
  inconsistencies.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { plan, inconsistencies, calls };
}
