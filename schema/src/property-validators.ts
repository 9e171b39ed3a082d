import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ajvRegExpEngine } from './linear-regexp.js';
import { PLAN_KEYWORDS, type JsonSchema, type PropertyDefinition } from './model.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The schema ajv sees: trackplan's own keywords and `x-` extensions removed, at every depth. */
export function toAjvSchema(schema: JsonSchema): JsonSchema {
  const result: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    // `__proto__` is no JSON Schema keyword, and assigning it would replace the object's prototype.
    if (PLAN_KEYWORDS.has(keyword) || keyword.startsWith('x-') || keyword === '__proto__') continue;
    if (keyword === 'items' && isSchema(value)) result.items = toAjvSchema(value);
    else if (keyword === 'properties' && isSchema(value))
      result.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSchema(v) ? toAjvSchema(v) : v]));
    else result[keyword] = value;
  }
  return result;
}

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object schema for a set of properties: an event's, the super properties, or the people.
 * Names in `reserved` (Mixpanel's own properties) are always allowed, whatever the plan says.
 */
export function objectSchema(
  properties: ReadonlyMap<string, PropertyDefinition>,
  required: readonly string[],
  additionalProperties: boolean,
  reserved: ReadonlySet<string>,
): JsonSchema {
  const undefinedReserved = [...reserved].filter((name) => !properties.has(name));
  return {
    type: 'object',
    properties: Object.fromEntries([...properties].map(([name, p]) => [name, toAjvSchema(p.schema)])),
    ...(required.length > 0 ? { required: [...required] } : {}),
    ...(additionalProperties || undefinedReserved.length === 0 ? {} : { patternProperties: { [exactNames(undefinedReserved)]: true } }),
    additionalProperties,
  };
}

const exactNames = (names: readonly string[]): string => `^(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;

/** A new ajv that knows JSON Schema 2020-12 and the standard formats, reporting every error. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false, code: { regExp: ajvRegExpEngine } });
  addFormats(ajv);
  return ajv;
}

/** Compiles each validator the first time it is asked for; a plan of 2,000 events compiles only what is used. */
export class ValidatorCache {
  #ajv: Ajv2020 | undefined;
  readonly #compiled = new Map<string, ValidateFunction>();

  get(id: string, schema: () => JsonSchema): ValidateFunction {
    let validate = this.#compiled.get(id);
    if (!validate) {
      this.#ajv ??= createAjv();
      validate = this.#ajv.compile(schema());
      this.#compiled.set(id, validate);
    }
    return validate;
  }
}
