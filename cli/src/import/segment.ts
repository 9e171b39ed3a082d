import { isObject, strings, type ImportedEvent, type ImportedPlan } from './imported-plan.js';
import { dictionary, type JsonSchema } from '@trackplan/schema';

interface SegmentRule {
  key?: string;
  type?: string;
  version?: number;
  jsonSchema?: unknown;
  deprecatedAt?: string | null;
  archived?: boolean;
}

/**
 * A Segment Protocols tracking plan, as its Public API returns the rules
 * (`{ rules: [{ key, type, version, jsonSchema }] }`, or wrapped in `data`): TRACK rules become
 * events (their properties under `jsonSchema.properties.properties`), IDENTIFY traits people
 * properties (under `jsonSchema.properties.traits`). The latest version of each key wins.
 */
export function fromSegment(documents: readonly unknown[]): ImportedPlan {
  const notes: string[] = [];
  const rules = documents.flatMap((doc) => {
    const root = isObject(doc) && isObject(doc.data) ? doc.data : doc;
    return isObject(root) && Array.isArray(root.rules) ? (root.rules as SegmentRule[]) : [];
  });
  const latest = new Map<string, SegmentRule>();
  for (const rule of rules) {
    const id = `${rule.type}\0${rule.key}`;
    const seen = latest.get(id);
    if (!seen || (rule.version ?? 0) > (seen.version ?? 0)) latest.set(id, rule);
  }
  const events: ImportedEvent[] = [];
  const people = dictionary<JsonSchema>();
  for (const rule of latest.values()) {
    const schema = isObject(rule.jsonSchema) ? rule.jsonSchema : {};
    const sections = isObject(schema.properties) ? schema.properties : {};
    const origin = `${rule.type ?? '?'} ${JSON.stringify(rule.key)} v${rule.version ?? 1}`;
    if (rule.type === 'TRACK' && rule.key) {
      const body = isObject(sections.properties) ? sections.properties : {};
      events.push({
        name: rule.key,
        description: typeof schema.description === 'string' ? schema.description : undefined,
        properties: (isObject(body.properties) ? body.properties : {}) as Record<string, JsonSchema>,
        required: strings(body.required),
        deprecated: Boolean(rule.deprecatedAt) || rule.archived === true,
        origin,
      });
    } else if (rule.type === 'IDENTIFY') {
      const traits = isObject(sections.traits) && isObject(sections.traits.properties) ? sections.traits.properties : {};
      Object.assign(people, traits);
    } else {
      notes.push(`${origin}: ${rule.type ?? 'untyped'} rules have no place in a trackplan plan (only TRACK and IDENTIFY are carried over)`);
    }
  }
  return { events, people, notes };
}
