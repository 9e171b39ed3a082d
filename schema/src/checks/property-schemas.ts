import { error, type Diagnostic } from '../diagnostic.js';
import { linearRegExpProblem } from '../linear-regexp.js';
import { isObject } from '../merge-includes.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { NodePath } from '../source/source-document.js';
import { didYouMean } from '../suggest.js';
import type { CheckContext } from './check-context.js';

/** The formats ajv-formats gives the validators (see property-validators.ts). */
const FORMATS = Object.keys(fullFormats);

const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);
const fitsType = (value: unknown, types: readonly string[]): boolean => {
  const actual = jsonType(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
};

/**
 * What the format check cannot see in a property's JSON Schema: patterns that are not regular
 * expressions, unknown formats, enum and const values of the wrong type, bounds that exclude every
 * value, `required` naming nothing, and `owner` outside `people`. Checked where each is written,
 * so a mistake in a `$defs` entry is reported once, at the definition.
 */
export function checkPropertySchemas({ plan, raw }: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (path: NodePath, message: string): void => void diagnostics.push(error(plan.locate(path), message));

  const checkSchema = (schema: unknown, path: NodePath, isPeople: boolean): void => {
    if (!isObject(schema)) return;
    const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type.map(String) : undefined;
    if (typeof schema.pattern === 'string') {
      try {
        new RegExp(schema.pattern, 'u');
        const linear = linearRegExpProblem(schema.pattern);
        if (linear) {
          report(
            [...path, 'pattern'],
            `pattern cannot be matched in linear time (${linear}): trackplan matches patterns with RE2, so that no value can make a check hang; write it without lookaround or backreferences`,
          );
        }
      } catch (e) {
        report([...path, 'pattern'], `pattern is not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`);
      }
    }
    if (typeof schema.format === 'string' && !FORMATS.includes(schema.format)) {
      report([...path, 'format'], `unknown format \`${schema.format}\`${didYouMean(schema.format, FORMATS)}`);
    }
    if (types && Array.isArray(schema.enum)) {
      schema.enum.forEach((value, i) => {
        if (!fitsType(value, types)) report([...path, 'enum', i], `enum value ${JSON.stringify(value)} is not of type ${types.join(' or ')}`);
      });
    }
    if (types && 'const' in schema && !fitsType(schema.const, types)) {
      report([...path, 'const'], `const ${JSON.stringify(schema.const)} is not of type ${types.join(' or ')}`);
    }
    for (const [min, max] of [
      ['minimum', 'maximum'],
      ['minLength', 'maxLength'],
      ['minItems', 'maxItems'],
    ] as const) {
      if (typeof schema[min] === 'number' && typeof schema[max] === 'number' && schema[min] > schema[max]) {
        report([...path, min], `${min} ${schema[min]} is greater than ${max} ${schema[max]}: no value can pass`);
      }
    }
    if (!isPeople && 'owner' in schema) report([...path, 'owner'], '`owner` applies to people properties only');
    if (Array.isArray(schema.required) && schema.additionalProperties !== true) {
      const defined = isObject(schema.properties) ? Object.keys(schema.properties) : [];
      schema.required.forEach((name, i) => {
        if (!defined.includes(String(name)))
          report([...path, 'required', i], `required key \`${String(name)}\` is not defined under \`properties\`${didYouMean(String(name), defined)}`);
      });
    }
    checkSchema(schema.items, [...path, 'items'], false);
    if (isObject(schema.properties)) {
      for (const [key, child] of Object.entries(schema.properties)) checkSchema(child, [...path, 'properties', key], false);
    }
  };

  const checkSection = (section: unknown, path: NodePath, isPeople = false): void => {
    if (!isObject(section)) return;
    for (const [name, schema] of Object.entries(section)) checkSchema(schema, [...path, name], isPeople);
  };
  checkSection(raw.$defs, ['$defs'], true);
  if (isObject(raw.events)) {
    for (const [key, event] of Object.entries(raw.events)) {
      if (isObject(event)) checkSection(event.properties, ['events', key, 'properties']);
    }
  }
  checkSection(raw.superProperties, ['superProperties']);
  checkSection(raw.people, ['people'], true);
  if (isObject(raw.identity)) checkSchema(raw.identity.distinctId, ['identity', 'distinctId'], false);
  return diagnostics;
}
