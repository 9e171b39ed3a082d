import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan, PlanReadError } from '../../schema/src/index.js';
import { lines, loadText } from '../helpers/load.js';
import { tempDir } from '../helpers/temp-dir.js';

const yamlPlan = `version: 1
$defs:
  plan: { type: string, enum: [free, pro, enterprise], description: The subscription plan. }
events:
  userSignsUp:
    eventName: User signs up
    properties:
      plan: { $ref: "#/$defs/plan" }
      isTrial: { type: boolean }
    required: [plan]
people:
  plan: { $ref: "#/$defs/plan", owner: server }
`;

const jsonPlan = JSON.stringify(
  {
    version: 1,
    $defs: { plan: { type: 'string', enum: ['free', 'pro', 'enterprise'], description: 'The subscription plan.' } },
    events: {
      userSignsUp: {
        eventName: 'User signs up',
        properties: { plan: { $ref: '#/$defs/plan' }, isTrial: { type: 'boolean' } },
        required: ['plan'],
      },
    },
    people: { plan: { $ref: '#/$defs/plan', owner: 'server' } },
  },
  null,
  2,
);

describe('YAML and JSON plans are the same model', () => {
  it.each([
    ['tracking-plan.yaml', yamlPlan],
    ['tracking-plan.yml', yamlPlan],
    ['tracking-plan.json', jsonPlan],
  ])('%s loads with $refs inlined', (name, text) => {
    const { plan, valid, diagnostics } = loadText(text, name);
    expect(diagnostics).toEqual([]);
    expect(valid).toBe(true);
    const event = plan!.eventByName('User signs up')!;
    expect(event.key).toBe('userSignsUp');
    expect(event.required).toEqual(['plan']);
    expect(event.properties.get('plan')).toMatchObject({
      ref: 'plan',
      schema: { type: 'string', enum: ['free', 'pro', 'enterprise'] },
      description: 'The subscription plan.',
    });
    expect(plan!.people.get('plan')).toMatchObject({ owner: 'server', ref: 'plan', schema: { type: 'string', owner: 'server' } });
  });

  it('reads CRLF line endings and a byte-order mark, with positions intact', () => {
    const yaml =
      '\uFEFFversion: 1\r\nconventions: { propertyName: camelCase }\r\nevents:\r\n  a:\r\n    eventName: Sign up\r\n    properties:\r\n      is_trial: { type: boolean }\r\n';
    expect(lines(loadText(yaml))).toEqual(['7:7: error: property `is_trial` is not camelCase (conventions.propertyName): write `isTrial`']);
    const json =
      '\uFEFF{\r\n  "version": 1,\r\n  "conventions": { "propertyName": "camelCase" },\r\n  "events": { "a": { "eventName": "Sign up", "properties": {\r\n    "is_trial": { "type": "boolean" } } } }\r\n}\r\n';
    expect(lines(loadText(json, 'tracking-plan.json'))).toEqual([
      '5:5: error: property `is_trial` is not camelCase (conventions.propertyName): write `isTrial`',
    ]);
  });
});

describe('syntax errors', () => {
  it('rejects a trailing comma in a .json plan, at its position', () => {
    const result = loadText('{\n  "version": 1,\n  "events": {},\n}\n', 'tracking-plan.json');
    expect(result.valid).toBe(false);
    expect(lines(result)).toEqual(['4:1: error: JSON syntax error: trailing comma (not allowed in JSON)']);
  });

  it('rejects a comment in a .json plan', () => {
    const result = loadText('{\n  // the plan\n  "version": 1\n}\n', 'tracking-plan.json');
    expect(lines(result)).toEqual(['2:3: error: JSON syntax error: comment (not allowed in JSON; use a YAML plan for comments)']);
  });

  it('rejects duplicate keys in JSON and YAML', () => {
    expect(lines(loadText('{"version": 1, "version": 1}', 'tracking-plan.json'))).toEqual(['1:16: error: JSON syntax error: duplicate key "version"']);
    expect(lines(loadText('version: 1\nevents:\n  a: { eventName: A }\n  a: { eventName: B }\n'))[0]).toMatch(
      /^4:3: error: YAML syntax error: Map keys must be unique/,
    );
  });

  it('reports a YAML syntax error with its line and column', () => {
    const result = loadText('version: 1\nevents:\n  a:\n    eventName: Sign up\n    products: [web\n  b: { eventName: Log in }\n');
    expect(result.valid).toBe(false);
    expect(lines(result)[0]).toMatch(/^\d+:\d+: error: YAML syntax error: /);
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "6:3: error: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ]
    `);
  });

  it('says an empty file is empty', () => {
    expect(lines(loadText(''))).toEqual(['1:1: error: the plan is empty: start it with `version: 1`']);
    expect(lines(loadText('# just a comment\n'))).toEqual(['1:1: error: the plan is empty: start it with `version: 1`']);
  });

  it('says a plan that is not a mapping is not a plan', () => {
    expect(lines(loadText('- version: 1\n'))).toEqual(['1:1: error: a plan must be a mapping of sections (version, events, ...)']);
  });

  it('throws PlanReadError (not a diagnostic) for a missing plan file', () => {
    expect(() => loadPlan(join(tempDir(), 'tracking-plan.yaml'))).toThrow(PlanReadError);
  });
});

describe('include', () => {
  it('merges included files and reports positions in the file each entry came from', () => {
    const dir = tempDir({
      'tracking-plan.yaml':
        'version: 1\ninclude: ["plans/*.yaml"]\nconventions: { propertyName: camelCase }\nproducts: { ios: {} }\n$defs:\n  plan: { type: string }\nevents:\n  a: { eventName: Sign up }\n',
      'plans/mobile.yaml':
        'events:\n  b:\n    eventName: App opened\n    products: [ios]\n    properties:\n      plan: { $ref: "#/$defs/plan" }\n      app_version: { type: string }\n',
      'plans/people.yaml': 'people:\n  plan: { $ref: "#/$defs/plan", owner: server }\n',
    });
    const result = loadPlan(join(dir, 'tracking-plan.yaml'));
    expect(result.files.map((f) => f.slice(dir.length + 1))).toEqual(['tracking-plan.yaml', 'plans/mobile.yaml', 'plans/people.yaml']);
    expect([...result.plan!.events.keys()]).toEqual(['a', 'b']);
    expect(result.plan!.people.get('plan')!.schema.type).toBe('string');
    expect(result.diagnostics.map((d) => `${d.location.file.slice(dir.length + 1)}:${d.location.line}:${d.location.column}: ${d.message}`)).toEqual([
      'plans/mobile.yaml:7:7: property `app_version` is not camelCase (conventions.propertyName): write `appVersion`',
    ]);
  });

  it('reports an entry defined twice at its second definition, naming the first', () => {
    const result = loadText('version: 1\ninclude: [more.yaml]\nevents:\n  a: { eventName: Sign up }\n', 'tracking-plan.yaml', {
      'more.yaml': 'events:\n  a: { eventName: Log in }\n',
    });
    expect(
      result.diagnostics.map((d) => `${d.location.file.endsWith('more.yaml') ? 'more.yaml' : 'plan'}:${d.location.line}:${d.location.column}: ${d.message}`),
    ).toEqual(['more.yaml:2:3: `events.a` is already defined at tracking-plan.yaml:4:3']);
  });

  it('reports an include that matches nothing, and sections an included file may not have', () => {
    expect(lines(loadText('version: 1\ninclude: [missing.yaml]\n'))).toEqual(['2:11: error: include `missing.yaml` matches no file']);
    const result = loadText('version: 1\ninclude: [more.yaml]\n', 'tracking-plan.yaml', { 'more.yaml': 'products: { web: {} }\n' });
    expect(result.diagnostics.map((d) => `${d.location.line}:${d.location.column}: ${d.message}`)).toEqual(['1:1: unknown key `products`']);
    expect(result.diagnostics[0]!.location.file).toMatch(/more\.yaml$/);
  });
});

describe('lifecycle and migration', () => {
  it('accepts an old casing kept as a deprecated event beside the new spelling', () => {
    const result = loadText(`version: 1
conventions: { eventName: Sentence case }
events:
  userSignsUp: { eventName: User signs up }
  legacyUserSignsUp:
    eventName: User Signs Up
    status: deprecated
    replacedBy: userSignsUp
    since: 2026-06-01
    reason: One spelling for all platforms
`);
    expect(result.diagnostics).toEqual([]);
    const legacy = result.plan!.events.get('legacyUserSignsUp')!;
    expect(legacy).toMatchObject({ status: 'deprecated', replacedBy: 'userSignsUp', since: '2026-06-01', reason: 'One spelling for all platforms' });
    expect(result.plan!.eventsByLooseName('user_signs_up').map((e) => e.key)).toEqual(['userSignsUp', 'legacyUserSignsUp']);
  });

  it('keeps x- extension keys without complaint', () => {
    const result = loadText(
      'version: 1\nx-owner-slack: "#analytics"\nevents:\n  a:\n    eventName: Sign up\n    x-jira: AN-12\n    properties:\n      plan: { type: string, x-pii: false }\n',
    );
    expect(result.diagnostics).toEqual([]);
  });
});
