import { isObject, strings, type ImportedEvent, type ImportedPlan } from './imported-plan.js';
import { type JsonSchema } from '@trackplan/schema';

/**
 * Avo's JSON Schema export: one JSON Schema per event, with the event name in `title` (or the
 * schema's `$id`), its properties under `properties`; a list of them, or `{ events: [...] }`.
 * Avo's "deprecated" or "archived" markers keep the event as deprecated.
 */
export function fromAvo(documents: readonly unknown[]): ImportedPlan {
  const notes: string[] = [];
  const schemas = documents.flatMap((doc) =>
    Array.isArray(doc) ? (doc as unknown[]) : isObject(doc) && Array.isArray(doc.events) ? (doc.events as unknown[]) : [doc],
  );
  const events: ImportedEvent[] = [];
  schemas.forEach((schema, i) => {
    const name = isObject(schema) ? (typeof schema.title === 'string' ? schema.title : typeof schema.name === 'string' ? schema.name : undefined) : undefined;
    if (!isObject(schema) || !name) {
      notes.push(`schema ${i + 1}: no event name (\`title\`), skipped`);
      return;
    }
    events.push({
      name,
      description: typeof schema.description === 'string' ? schema.description : undefined,
      properties: (isObject(schema.properties) ? schema.properties : {}) as Record<string, JsonSchema>,
      required: strings(schema.required),
      deprecated: schema.deprecated === true || schema.archived === true || schema['x-avo-deprecated'] === true,
      origin: `avo ${JSON.stringify(name)}`,
    });
  });
  return { events, people: {}, notes };
}
