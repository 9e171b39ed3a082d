import { type EventDefinition, type JsonSchema, type PropertyDefinition, type TrackingPlan } from '@trackplan/schema';

/**
 * The Lexicon Schemas API's shapes (Mixpanel's published OpenAPI description, "Lexicon Schemas API"
 * 1.0.0: SchemaEntry, Schema, property definitions and `metadata["com.mixpanel"]`).
 */
export type LexiconEntityType = 'event' | 'profile';

export interface LexiconMetadata {
  readonly displayName?: string | null;
  readonly tags?: readonly string[] | null;
  readonly hidden?: boolean | null;
  readonly dropped?: boolean | null;
  readonly [key: string]: unknown;
}

export interface LexiconProperty {
  /** One JSON type: the API takes a single type per property. */
  readonly type: 'array' | 'boolean' | 'integer' | 'null' | 'number' | 'object' | 'string';
  readonly description?: string;
  readonly enum?: readonly unknown[];
  readonly metadata?: { readonly 'com.mixpanel': LexiconMetadata };
}

export interface LexiconSchema {
  readonly $schema?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, LexiconProperty>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly metadata?: { readonly 'com.mixpanel': LexiconMetadata };
}

export interface LexiconEntry {
  readonly entityType: LexiconEntityType;
  readonly name: string;
  readonly schemaJson: LexiconSchema;
}

export interface LexiconPayload {
  readonly entries: readonly LexiconEntry[];
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema';
const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;

/** The one type Lexicon takes: the first non-null of a list; inferred from enum/const when the plan gives none. */
function singleType(schema: JsonSchema): LexiconProperty['type'] {
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type.map(String) : [];
  const chosen = types.find((t) => t !== 'null') ?? types[0];
  if (chosen && (JSON_TYPES as readonly string[]).includes(chosen)) return chosen as LexiconProperty['type'];
  const sample: unknown = Array.isArray(schema.enum) ? (schema.enum as unknown[])[0] : schema.const;
  if (typeof sample === 'number') return Number.isInteger(sample) ? 'integer' : 'number';
  if (typeof sample === 'boolean') return 'boolean';
  return 'string';
}

function lexiconProperty(property: PropertyDefinition): LexiconProperty {
  const { schema } = property;
  const hidden = property.status === 'retired';
  return {
    type: singleType(schema),
    ...(property.description ? { description: property.description } : {}),
    ...(Array.isArray(schema.enum) ? { enum: schema.enum } : {}),
    ...(hidden ? { metadata: { 'com.mixpanel': { hidden: true } } } : {}),
  };
}

const properties = (map: ReadonlyMap<string, PropertyDefinition>): Record<string, LexiconProperty> =>
  Object.fromEntries([...map].map(([name, property]) => [name, lexiconProperty(property)]));

function eventEntry(plan: TrackingPlan, event: EventDefinition): LexiconEntry {
  const replacement = event.replacedBy ? plan.events.get(event.replacedBy) : undefined;
  const deprecated = event.status === 'deprecated';
  const lead = deprecated ? `Deprecated — use ${replacement ? replacement.eventName : 'its replacement'}.` : '';
  const description = [lead, event.description ?? ''].filter(Boolean).join(' ');
  const tags = [...(event.products ?? []), ...(deprecated ? ['deprecated'] : [])];
  return {
    entityType: 'event',
    name: event.eventName,
    schemaJson: {
      $schema: DRAFT_07,
      description,
      properties: properties(event.properties),
      required: [...event.required],
      additionalProperties: event.additionalProperties,
      metadata: {
        'com.mixpanel': {
          displayName: deprecated ? `${event.eventName} (deprecated)` : event.eventName,
          tags,
          // Retired events are hidden; deprecated ones stay visible: old clients still send them.
          hidden: event.status === 'retired',
        },
      },
    },
  };
}

/**
 * The plan as the Lexicon Schemas API's bulk upload body: one entry per event (retired ones
 * hidden, deprecated ones tagged and described with their replacement) and one for user profiles
 * (`profile` / `$user`) with the people properties.
 */
export function lexiconPayload(plan: TrackingPlan): LexiconPayload {
  const events = [...plan.events.values()].map((event) => eventEntry(plan, event));
  const profile: LexiconEntry = {
    entityType: 'profile',
    name: '$user',
    schemaJson: {
      $schema: DRAFT_07,
      description: 'User profile properties, from the tracking plan.',
      properties: properties(plan.people),
      additionalProperties: true,
    },
  };
  return { entries: plan.people.size > 0 ? [...events, profile] : events };
}
