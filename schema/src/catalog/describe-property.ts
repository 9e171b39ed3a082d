import type { JsonSchema, PropertyDefinition, Side } from '../model.js';
import type { CatalogProperty } from './catalog-model.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** A schema's type in words: `string`, `integer or null`, `array of string`. */
export function typeInWords(schema: JsonSchema): string {
  const types = list(schema.type).filter((t): t is string => typeof t === 'string');
  if (types.length === 0) {
    if (schema.const !== undefined) return typeof schema.const;
    if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v)))].join(' or ');
    return 'any';
  }
  const items = schema.items && typeof schema.items === 'object' ? (schema.items as JsonSchema) : undefined;
  return types.map((t) => (t === 'array' && items ? `array of ${typeInWords(items)}` : t)).join(' or ');
}

const number = (schema: JsonSchema, key: string): number | undefined => (typeof schema[key] === 'number' ? schema[key] : undefined);

/** The constraints besides type, enum and format, as an analyst reads them. */
export function constraintsInWords(schema: JsonSchema): string[] {
  const words: string[] = [];
  const bound = (key: string, text: (n: number) => string): void => {
    const n = number(schema, key);
    if (n !== undefined) words.push(text(n));
  };
  bound('minimum', (n) => `at least ${n}`);
  bound('exclusiveMinimum', (n) => `more than ${n}`);
  bound('maximum', (n) => `at most ${n}`);
  bound('exclusiveMaximum', (n) => `less than ${n}`);
  bound('multipleOf', (n) => `a multiple of ${n}`);
  bound('minLength', (n) => `at least ${n} ${n === 1 ? 'character' : 'characters'}`);
  bound('maxLength', (n) => `at most ${n} ${n === 1 ? 'character' : 'characters'}`);
  bound('minItems', (n) => `at least ${n} ${n === 1 ? 'item' : 'items'}`);
  bound('maxItems', (n) => `at most ${n} ${n === 1 ? 'item' : 'items'}`);
  if (schema.uniqueItems === true) words.push('no repeated items');
  if (typeof schema.pattern === 'string') words.push(`matches ${schema.pattern}`);
  return words;
}

/** A property of the plan as the catalog lists it. */
export function describeProperty(property: PropertyDefinition, required: boolean, owner?: Side): CatalogProperty {
  const { schema } = property;
  const values = schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : [];
  return {
    name: property.name,
    type: typeInWords(schema),
    values: values.map((v) => JSON.stringify(v)),
    format: typeof schema.format === 'string' ? schema.format : undefined,
    constraints: constraintsInWords(schema),
    required,
    description: property.description,
    status: property.status,
    definition: property.ref,
    owner,
    products: property.products,
  };
}
