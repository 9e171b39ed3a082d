import { isObject, strings, type ImportedEvent, type ImportedPlan } from './imported-plan.js';
import { type JsonSchema } from '@trackplan/schema';

const versionOrder = (version: string): number[] => version.split('-').map(Number);
const newer = (a: string, b: string): boolean => {
  const [x, y] = [versionOrder(a), versionOrder(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

/**
 * Snowplow Iglu self-describing JSON Schemas (`self: { vendor, name, format, version }`): each
 * schema is an event named by `self.name`, the latest version (MODEL-REVISION-ADDITION) of each
 * vendor/name winning.
 */
export function fromIglu(documents: readonly unknown[]): ImportedPlan {
  const notes: string[] = [];
  const latest = new Map<string, { self: Record<string, string>; schema: Record<string, unknown> }>();
  documents.forEach((doc, i) => {
    if (!isObject(doc) || !isObject(doc.self) || typeof doc.self.name !== 'string') {
      notes.push(`file ${i + 1}: not a self-describing schema (no \`self.name\`)`);
      return;
    }
    const self = doc.self as Record<string, string>;
    const id = `${self.vendor}/${self.name}`;
    const seen = latest.get(id);
    if (!seen || newer(self.version ?? '1-0-0', seen.self.version ?? '1-0-0')) latest.set(id, { self, schema: doc });
  });
  const events: ImportedEvent[] = [...latest.values()].map(({ self, schema }) => ({
    name: self.name!,
    description: typeof schema.description === 'string' ? schema.description : undefined,
    properties: (isObject(schema.properties) ? schema.properties : {}) as Record<string, JsonSchema>,
    required: strings(schema.required),
    deprecated: false,
    origin: `iglu:${self.vendor}/${self.name}/${self.format}/${self.version}`,
  }));
  return { events, people: {}, notes };
}
