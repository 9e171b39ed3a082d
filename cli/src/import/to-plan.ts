import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isObject, type ImportedPlan } from './imported-plan.js';
import {
  RESERVED_EVENT_PROPERTIES,
  RESERVED_PEOPLE_PROPERTIES,
  SDK_EVENT_PROPERTIES,
  detectStyle,
  dictionary,
  eventKeyFor,
  isMixpanelNamespaced,
  linearRegExpProblem,
  looseName,
  type JsonSchema,
} from '@trackplan/schema';

const KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'description',
  'title',
  'examples',
  'default',
]);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** A JSON Schema reduced to what a plan takes; everything dropped is noted, never lost silently. */
function cleanSchema(schema: unknown, where: string, notes: string[]): JsonSchema {
  if (!isObject(schema)) return {};
  const result: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith('x-')) result[keyword] = value;
    else if (!KEYWORDS.has(keyword)) notes.push(`${where}: \`${keyword}\` is not supported by trackplan's plan format; dropped`);
    else if (keyword === 'type') {
      const types = (Array.isArray(value) ? value : [value]).map(String).filter((t) => JSON_TYPES.has(t));
      if (types.length > 0) result.type = types.length === 1 ? types[0] : types;
    } else if (keyword === 'format' && !Object.hasOwn(fullFormats, String(value))) notes.push(`${where}: unknown format \`${String(value)}\`; dropped`);
    else if (keyword === 'pattern' && !validPattern(String(value)))
      notes.push(`${where}: pattern ${JSON.stringify(value)} is not a regular expression trackplan can match in linear time; dropped`);
    else if (keyword === 'items') result.items = cleanSchema(value, `${where}[]`, notes);
    else if (keyword === 'properties' && isObject(value)) {
      result.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, cleanSchema(child, `${where}.${name}`, notes)]));
    } else if (keyword === 'additionalProperties' && typeof value !== 'boolean') result.additionalProperties = true;
    else result[keyword] = value;
  }
  if (Array.isArray(result.required)) {
    const defined = isObject(result.properties) ? Object.keys(result.properties) : [];
    result.required = result.required.map(String).filter((name) => defined.includes(name));
  }
  return result;
}

/** A pattern the plan can take: valid in JavaScript, and runnable in linear time (see linear-regexp.ts). */
const validPattern = (pattern: string): boolean => {
  try {
    new RegExp(pattern, 'u');
    return linearRegExpProblem(pattern) === undefined;
  } catch {
    return false;
  }
};

/**
 * A plan from another tool's events: keys derived from names (deterministic, so imports of a plan's
 * history diff cleanly), conventions set to what the names actually follow, property schemas reduced
 * to the plan format, names the plan cannot hold left out, and spellings that differ only in case
 * kept as deprecated beside the first, so the plan validates and the drift shows. Returns the plan
 * object and the notes of what was not carried over.
 */
export function toPlan(imported: ImportedPlan): { plan: Record<string, unknown>; notes: string[] } {
  const notes = [...imported.notes];
  const events = dictionary<Record<string, unknown>>();
  const byName = new Map<string, string>();
  const activeByLoose = new Map<string, string>();
  // Code-point order, not locale order: the same on every machine, and capitalised spellings first.
  const sorted = [...imported.events].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const event of sorted) {
    if (byName.has(event.name)) {
      notes.push(`${event.origin}: a second event named ${JSON.stringify(event.name)}; only the first is kept`);
      continue;
    }
    let key = eventKeyFor(event.name);
    for (let n = 2; Object.hasOwn(events, key); n++) key = `${eventKeyFor(event.name)}${n}`;
    const properties = dictionary<JsonSchema>();
    for (const [name, schema] of Object.entries(event.properties)) {
      if (SDK_EVENT_PROPERTIES.has(name) || (isMixpanelNamespaced(name) && !RESERVED_EVENT_PROPERTIES.has(name))) {
        notes.push(`${event.origin}: property \`${name}\` is reserved by Mixpanel and cannot be planned; dropped`);
        continue;
      }
      properties[name] = cleanSchema(schema, `${event.origin} property ${name}`, notes);
    }
    const required = event.required.filter((name) => Object.hasOwn(properties, name));
    const similar = activeByLoose.get(looseName(event.name));
    const deprecated = event.deprecated || similar !== undefined;
    if (similar && !event.deprecated) {
      notes.push(
        `${event.origin}: ${JSON.stringify(event.name)} differs from ${JSON.stringify(events[similar]!.eventName)} only in case or separators; imported as deprecated (replacedBy ${similar}): choose the spelling to keep`,
      );
    }
    if (!deprecated) activeByLoose.set(looseName(event.name), key);
    events[key] = {
      eventName: event.name,
      ...(event.description ? { description: event.description } : {}),
      ...(deprecated ? { status: 'deprecated', ...(similar ? { replacedBy: similar } : {}) } : {}),
      ...(Object.keys(properties).length ? { properties } : {}),
      ...(required.length ? { required } : {}),
    };
    byName.set(event.name, key);
  }
  const people = dictionary<JsonSchema>();
  for (const [name, schema] of Object.entries(imported.people)) {
    if (isMixpanelNamespaced(name) && !RESERVED_PEOPLE_PROPERTIES.has(name)) {
      notes.push(`trait \`${name}\`: reserved by Mixpanel and not a profile property it knows; dropped`);
      continue;
    }
    people[name] = { ...cleanSchema(schema, `trait ${name}`, notes), owner: 'client' };
  }
  if (Object.keys(people).length > 0)
    notes.push(
      `${Object.keys(people).length} people properties imported with owner: client; mark those your server owns (synced from your database) as owner: server`,
    );

  const activeNames = Object.values(events)
    .filter((e) => e.status === undefined)
    .map((e) => String(e.eventName));
  const propertyNames = Object.values(events)
    .flatMap((e) => (e.status === undefined && isObject(e.properties) ? Object.keys(e.properties) : []))
    .filter((n) => !isMixpanelNamespaced(n));
  const plan: Record<string, unknown> = {
    version: 1,
    conventions: { eventName: detectStyle(activeNames), propertyName: detectStyle([...new Set(propertyNames)]) },
    events,
    ...(Object.keys(people).length ? { people } : {}),
  };
  return { plan, notes };
}
