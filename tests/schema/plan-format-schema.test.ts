import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatValidatorModule } from '../../schema/scripts/generate-format-validator.js';
import { PLAN_FORMAT_SCHEMA_URL } from '../../schema/src/index.js';

const schema = JSON.parse(readFileSync(new URL(PLAN_FORMAT_SCHEMA_URL), 'utf8')) as Record<string, unknown>;

/** Every subschema that editors show as a field, with the path it is at. */
function* fields(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  for (const section of ['properties', '$defs'] as const) {
    const children = record[section] as Record<string, unknown> | undefined;
    if (!children) continue;
    for (const [name, child] of Object.entries(children)) {
      yield [`${path}/${section}/${name}`, child as Record<string, unknown>];
      yield* fields(child, `${path}/${section}/${name}`);
    }
  }
}

describe('schema/tracking-plan.schema.json, the plan format editors complete from', () => {
  it('is a valid JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('documents every field a plan author writes', () => {
    const undocumented = [...fields(schema, '#')]
      .filter(
        ([path]) =>
          !/\/\$defs\/(jsonType|side|status|caseStyle)$|\/properties\/(minimum|maximum|exclusiveMinimum|exclusiveMaximum|multipleOf|minLength|maxLength|minItems|maxItems|uniqueItems|title|examples|default)$/.test(
            path,
          ),
      )
      .filter(([, field]) => typeof field.description !== 'string' && typeof field.$ref !== 'string')
      .map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  it('matches the validator compiled from it (run `npm run generate -w @trackplan/schema` after editing the schema)', () => {
    const committed = readFileSync(new URL('../../schema/src/generated/plan-format-validator.ts', import.meta.url), 'utf8');
    expect(committed === formatValidatorModule()).toBe(true);
  });
});
