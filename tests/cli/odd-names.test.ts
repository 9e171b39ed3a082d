import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Names that are properties of every plain JavaScript object. */
const ODD = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

const plan = (extra = '') => `version: 1
include: [plans/*.yaml]
$defs:
  __proto__: { type: string }
  constructor: { type: number }
events:
  __proto__: { eventName: Proto event, properties: { p: { $ref: "#/$defs/__proto__" } } }
  constructor: { eventName: Constructor event, properties: { toString: { $ref: "#/$defs/constructor" } }, required: [toString] }
  toString: { eventName: ToString event }
${extra}people:
  valueOf: { type: string, owner: server }
`;
const included = `events:
  prototype: { eventName: Prototype event }
people:
  __proto__: { type: string, owner: server }
  constructor: { type: string, owner: client }
  toString: { type: string, owner: server }
`;

describe('__proto__, constructor, prototype and toString are ordinary names everywhere', () => {
  it('as event keys, $defs and people properties in included files: none is dropped', () => {
    const dir = tempDir({ 'tracking-plan.yaml': plan(), 'plans/more.yaml': included });
    const run = trackplan(['validate'], dir, { TRACKPLAN_NO_CACHE: '1' });
    expect(run.stdout).toBe('tracking-plan.yaml: valid (4 events, 0 super properties, 4 people properties, 0 products)\n');
    // The load cache gives the same plan.
    trackplan(['validate'], dir);
    expect(trackplan(['validate'], dir).stdout).toBe(run.stdout);
    const lexicon = JSON.parse(trackplan(['export', 'mixpanel-lexicon'], dir).stdout) as {
      entries: { name: string; schemaJson: { properties?: object; required?: string[] } }[];
    };
    expect(lexicon.entries.map((e) => e.name)).toEqual(['Proto event', 'Constructor event', 'ToString event', 'Prototype event', '$user']);
    expect(Object.keys(lexicon.entries.at(-1)!.schemaJson.properties!).sort()).toEqual(['__proto__', 'constructor', 'toString', 'valueOf']);
    expect(lexicon.entries[1]!.schemaJson.required).toEqual(['toString']);
  });

  it('in diff: a change to the `__proto__` event and the `constructor` definition is reported', () => {
    const dir = tempDir({
      'base/tracking-plan.yaml': plan(),
      'base/plans/more.yaml': included,
      'head/tracking-plan.yaml': plan()
        .replace('constructor: { type: number }', 'constructor: { type: string }')
        .replace('eventName: Proto event', 'eventName: Proto event renamed'),
      'head/plans/more.yaml': included,
    });
    const run = trackplan(['diff', 'base/tracking-plan.yaml', 'head/tracking-plan.yaml', '--format', 'json', '--fail-on', 'none'], dir);
    const changes = (JSON.parse(run.stdout) as { changes: { kind: string; event?: string; property?: string }[] }).changes;
    expect(changes.map((c) => `${c.kind} ${c.event ?? ''} ${c.property ?? ''}`.trim())).toEqual(
      expect.arrayContaining(['event-name-changed __proto__', 'property-type-changed constructor toString']),
    );
  });

  it('in codegen: the names are quoted keys of the generated objects', () => {
    const dir = tempDir({ 'tracking-plan.yaml': plan(), 'plans/more.yaml': included });
    expect(trackplan(['codegen', 'typescript', '--out', 'events.ts'], dir).status).toBe(0);
    const code = readFileSync(join(dir, 'events.ts'), 'utf8');
    expect(code).toContain(
      'export const EVENTS = {\n  ["__proto__"]: "Proto event",\n  constructor: "Constructor event",\n  toString: "ToString event",\n  prototype: "Prototype event",\n} as const;',
    );
  });

  it('in import segment: properties so named are kept, and `required` names them', () => {
    const rule = (key: string, properties: Record<string, unknown>, required: string[]) => ({
      key,
      type: 'TRACK',
      version: 1,
      jsonSchema: { type: 'object', properties: { properties: { type: 'object', properties, required } } },
    });
    const segment = {
      data: {
        rules: [
          rule('Odd names', Object.fromEntries(ODD.map((n) => [n, { type: 'string' }])), ['toString', '__proto__']),
          {
            key: 'traits',
            type: 'IDENTIFY',
            version: 1,
            jsonSchema: { properties: { traits: { properties: { constructor: { type: 'string' }, __proto__: { type: 'number' } } } } },
          },
        ],
      },
    };
    // JSON.stringify keeps `__proto__` as an own key only when built like this, as a parsed file would have it.
    const text = JSON.stringify(segment).replace('"Odd names"', '"Odd names"');
    const dir = tempDir({ 'segment.json': text.replace('"properties":{"constructor"', '"properties":{"__proto__":{"type":"number"},"constructor"') });
    const run = trackplan(['import', 'segment', 'segment.json', '--out', 'tracking-plan.yaml'], dir);
    expect(run.status).toBe(0);
    const validate = trackplan(['validate'], dir);
    expect(validate.status, validate.stdout).toBe(0);
    const written = readFileSync(join(dir, 'tracking-plan.yaml'), 'utf8');
    for (const name of ODD) expect(written).toContain(`${name}:`);
    expect(written).toMatch(/required:\s*\n\s*- toString\n\s*- __proto__/);
  });

  it('as CLI arguments: `trackplan import constructor x.json` is a usage error, not an internal one', () => {
    const dir = tempDir({ 'x.json': '{}' });
    for (const format of ['constructor', 'toString', '__proto__']) {
      expect(trackplan(['import', format, 'x.json'], dir)).toMatchObject({
        status: 2,
        stderr: 'trackplan: import takes a format (segment, iglu or avo) and one or more files\n',
      });
    }
  });
});
