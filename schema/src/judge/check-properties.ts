import type { ErrorObject } from 'ajv';
import { decodePointerSegment } from '../json-pointer.js';
import type { JsonSchema } from '../model.js';
import { looseName } from '../naming/loose-name.js';
import { closestNames } from '../suggest.js';
import type { JsonType, WrittenEntry } from './call-description.js';
import type { PropertyTarget } from './property-target.js';

/** How a call's values relate to the planned properties. */
export type WriteMode =
  /** The values are the properties' values: track, register, people.set. */
  | 'values'
  /** Each value is one item of a list property: people.append, people.remove. */
  | 'item'
  /** Only the names matter: unregister, people.unset. */
  | 'names';

export type PropertyProblem =
  | { readonly type: 'unknown'; readonly entry: WrittenEntry; readonly closest: readonly string[]; readonly sameButCase: string | undefined }
  | { readonly type: 'missing'; readonly names: readonly string[] }
  | { readonly type: 'invalid'; readonly entry: WrittenEntry; readonly message: string; readonly replacement?: { readonly value: unknown } };

const describeValue = (value: unknown): string =>
  typeof value === 'string'
    ? `the string ${JSON.stringify(value)}`
    : Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : typeof value === 'object'
          ? 'an object'
          : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
            ? `${typeof value} ${String(value)}`
            : typeof value;

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** Does a value of `type` fit a schema's `type`? (a number may be an integer: we cannot tell) */
const fitsType = (type: JsonType, schemaType: unknown): boolean => {
  const allowed = typeof schemaType === 'string' ? [schemaType] : Array.isArray(schemaType) ? schemaType.map(String) : undefined;
  return !allowed || allowed.includes(type) || (type === 'number' && allowed.includes('integer'));
};

/**
 * Checks what a call writes against one set of planned properties: unknown keys (with the closest
 * planned names), missing required keys (only when nothing unseen could supply them), and values
 * that break the plan's schema (run through the plan's ajv validator on what is statically known).
 */
export function checkProperties(
  entries: readonly WrittenEntry[],
  complete: boolean,
  target: PropertyTarget,
  mode: WriteMode,
  checkRequired: boolean,
): PropertyProblem[] {
  const problems: PropertyProblem[] = [];
  const planned = [...target.properties.keys()];
  for (const entry of entries) {
    const definition = target.properties.get(entry.key);
    if (!definition) {
      // The SDK's own names may be sent unplanned; once the plan describes one, it is checked like any other.
      if (!target.additionalProperties && !target.reserved(entry.key)) {
        const sameButCase = planned.find((name) => looseName(name) === looseName(entry.key));
        problems.push({ type: 'unknown', entry, closest: sameButCase ? [sameButCase] : closestNames(entry.key, planned), sameButCase });
      }
      continue;
    }
    if (mode === 'names') continue;
    if (entry.value.kind === 'value') {
      const problem = checkValue(entry, entry.value.value, definition.schema, target, mode);
      if (problem) problems.push(problem);
    } else if (entry.value.kind === 'type' && mode === 'values' && !fitsType(entry.value.type, definition.schema.type)) {
      problems.push({
        type: 'invalid',
        entry,
        message: `\`${entry.key}\` must be ${article(String(definition.schema.type))}, not ${article(entry.value.type)}`,
      });
    } else if (entry.value.kind === 'types' && mode === 'values') {
      problems.push(...checkTypedValue(entry, entry.value, definition.schema, target));
    }
  }
  if (checkRequired && complete) {
    const present = new Set(entries.filter((e) => e.value.kind !== 'absent').map((e) => e.key));
    const missing = target.required.filter((name) => !present.has(name));
    if (missing.length > 0) problems.push({ type: 'missing', names: missing });
  }
  return problems;
}

/**
 * Runs the plan's validator for the property's schema on one known value (for a list item, on the
 * list's `items` schema), and describes the first error.
 */
function checkValue(entry: WrittenEntry, value: unknown, schema: JsonSchema, target: PropertyTarget, mode: WriteMode): PropertyProblem | undefined {
  const itemSchema = mode === 'item' && typeof schema.items === 'object' && schema.items !== null ? (schema.items as JsonSchema) : undefined;
  const validate = target.plan.propertyValidator(itemSchema ?? schema);
  const checked = mode === 'item' && !itemSchema ? [value] : value;
  if (validate(checked)) return undefined;
  const error = validate.errors?.[0];
  if (!error) return undefined;
  const segments = error.instancePath.split('/').slice(1).map(decodePointerSegment);
  const data = segments.reduce<unknown>((v, segment) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[segment] : undefined), checked);
  const path = [entry.key, ...(mode === 'item' && !itemSchema ? segments.slice(1) : segments)].join('.');
  const subject = mode === 'item' ? `An item of \`${entry.key}\`` : `\`${path}\``;
  return { type: 'invalid', entry, ...describeError(error, subject, value, data, segments.length === 0) };
}

/**
 * A value known only by its TypeScript type: reported when no member of the type can ever satisfy
 * the schema (a string for a number), or when a literal union has a member the schema rejects.
 */
function checkTypedValue(
  entry: WrittenEntry,
  value: { readonly types: readonly JsonType[]; readonly literals: readonly (string | number)[] | undefined; readonly text: string },
  schema: JsonSchema,
  target: PropertyTarget,
): PropertyProblem[] {
  if (value.literals) {
    const validate = target.plan.propertyValidator(schema);
    for (const literal of value.literals) {
      if (validate(literal)) continue;
      const error = (validate.errors ?? []).find((e) => e.instancePath === '');
      if (!error) continue;
      const { message } = describeError(error, `\`${entry.key}\``, literal, literal, true);
      return [{ type: 'invalid', entry, message: `${message}, which its type \`${value.text}\` allows` }];
    }
    return [];
  }
  if (value.types.length === 0 || value.types.some((t) => fitsType(t, schema.type))) return [];
  return [{ type: 'invalid', entry, message: `\`${entry.key}\` must be ${article(String(schema.type))}, but its type is \`${value.text}\`` }];
}

function describeError(
  error: ErrorObject,
  subject: string,
  value: unknown,
  data: unknown,
  topLevel: boolean,
): { message: string; replacement?: { value: unknown } } {
  if (error.keyword === 'type') {
    const expected = (error.params as { type: string }).type;
    const message = `${subject} must be ${expected.split(',').map(article).join(' or ')}, not ${describeValue(data)}`;
    if (topLevel && typeof value === 'string') {
      if (expected.includes('boolean') && (value === 'true' || value === 'false')) return { message, replacement: { value: value === 'true' } };
      const number = Number(value.trim());
      const numeric = /^-?\d+(\.\d+)?$/.test(value.trim()) && (expected.includes('number') || (expected.includes('integer') && Number.isInteger(number)));
      if (numeric) return { message, replacement: { value: number } };
    }
    return { message };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    const message = `${subject} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(data)}`;
    const sameButCase = typeof data === 'string' ? allowed.find((v) => typeof v === 'string' && looseName(v) === looseName(data)) : undefined;
    return topLevel && typeof sameButCase === 'string' ? { message, replacement: { value: sameButCase } } : { message };
  }
  return { message: `${subject} ${error.message ?? 'is not valid'} (got ${JSON.stringify(data)})` };
}
