import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.js';
import plugin from '../../eslint-plugin/src/index.js';
import { FIXTURE } from '../helpers/rule-tester.js';

// Every rule at once, against the fixture plan, as a lint run would have them.
const allRules = Object.fromEntries(Object.keys(plugin.rules).map((rule) => [`trackplan/${rule}`, 'error' as const]));
const config: Linter.Config[] = [
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { plugins: { trackplan: plugin as never }, rules: allRules },
];

const header = [
  "import mixpanel from 'mixpanel-browser';",
  "import Mixpanel from 'mixpanel';",
  "import { Mixpanel as RN } from 'mixpanel-react-native';",
  "import posthog from 'posthog-js';",
  "import { AnalyticsBrowser } from '@segment/analytics-next';",
  "import { trackEvent } from './analytics';",
  "const mp = Mixpanel.init('t');",
  "const rn = new RN('t', true);",
  "const segment = AnalyticsBrowser.load({ writeKey: 'k' });",
  'declare const xs: any[]; declare const k: string; declare const user: any;',
].join('\n');

const callees = fc.constantFrom(
  'mixpanel.track',
  'mixpanel?.track',
  "mixpanel['track']",
  'mixpanel.people.set',
  'mixpanel.people.unset',
  'mixpanel.people.increment',
  'mixpanel.register',
  'mixpanel.register_once',
  'mixpanel.identify',
  'mixpanel.alias',
  'mixpanel.time_event',
  'mp.track',
  'mp.people.set',
  'mp.people.delete_user',
  'mp.people.track_charge',
  'rn.getPeople().set',
  'rn.registerSuperProperties',
  'posthog.capture',
  'posthog.identify',
  'segment.track',
  'segment.identify',
  'trackEvent',
  'mixpanel.track?.',
  '(0, mixpanel.track)',
  "mixpanel['people']['set']",
  '(mixpanel as any).track',
  'mixpanel!.people!.set_once',
);
const strings = fc.oneof(
  fc.constantFrom('User signs up', 'Order completed', 'User Signs Up', 'Wishlist shared', 'plan', 'theme', '$email', 'a@b.co', ''),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const literal = (s: string) => JSON.stringify(s).replace(/\u2028|\u2029/g, ' ');
const { value } = fc.letrec<{ value: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    strings.map(literal),
    fc.double({ noNaN: true }).map((n) => (Object.is(n, -0) ? '0' : String(n))),
    fc.integer().map(String),
    fc.constantFrom(
      'true',
      'false',
      'null',
      'undefined',
      'user.email',
      'user.id',
      'k',
      '!k',
      'new Date()',
      '`t-${k}`',
      'xs',
      '() => 1',
      '(k, "X")',
      'k ? "a" : 1',
    ),
    fc.constantFrom(
      '10n',
      '/x+/g',
      '-1',
      'void 0',
      'typeof k',
      'Symbol()',
      'class {}',
      '{ get a() { return 1; } }',
      '{ m() {} }',
      '["a"] as const',
      'k as "X"',
      'user?.id ?? "x"',
      'String.raw`x`',
      '{ ...null }',
    ),
    tie('object'),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
  ),
  object: fc
    .array(
      fc.oneof(
        fc.tuple(strings, tie('value')).map(([key, v]) => `${literal(key)}: ${v}`),
        fc
          .tuple(fc.constantFrom('plan', 'seats', 'isTrial', 'orderId', 'revenue', 'theme', '$ip', '$ignore_time', 'distinct_id', '1', 'items'), tie('value'))
          .map(([key, v]) => `${key}: ${v}`),
        tie('value').map((v) => `[k]: ${v}`),
        fc.tuple(fc.integer({ min: 0, max: 99 }), tie('value')).map(([n, v]) => `${n}: ${v}`),
        tie('value').map((v) => `['is' + k]: ${v}`),
        fc.constant('...xs'),
      ),
      { maxLength: 5 },
    )
    .map((props) => `{ ${props.join(', ')} }`),
}));
const argument = fc.oneof(value, fc.constant('...xs'));
const call = fc.tuple(callees, fc.array(argument, { maxLength: 5 })).map(([callee, args]) => `${callee}(${args.join(', ')});`);

describe('the rules never crash a lint run', () => {
  const linter = new Linter({ configType: 'flat' });

  it('on any call shape: every report has a valid location', () => {
    const reported = new Set<string>();
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 4 }), fc.boolean(), (calls, jsx) => {
        const code = `${header}\n${calls.join('\n')}\n${jsx ? 'export const C = () => <div onClick={() => mixpanel.track("X")}>{"hi"}</div>;\n' : ''}`;
        const lines = code.split('\n');
        const messages = linter.verify(code, config, { filename: join(FIXTURE, `src/web/generated.${jsx ? 'tsx' : 'ts'}`) });
        for (const m of messages) {
          reported.add(m.ruleId ?? 'fatal');
          expect(m.fatal, `${m.message}\n${code}`).toBeFalsy();
          expect(m.ruleId).toMatch(/^trackplan\//);
          expect(m.line).toBeGreaterThanOrEqual(1);
          expect(m.line).toBeLessThanOrEqual(lines.length);
          expect(m.column).toBeGreaterThanOrEqual(1);
          expect(m.column).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1);
        }
      }),
      {
        numRuns: 300,
        // Besides the random shapes, one known to reach three rules, so the check below never depends on chance.
        examples: [[['mixpanel.identify(user.email);', "mixpanel.track('Not planned');", "mixpanel.track('User signs up', { plan: 3 });"], false]],
      },
    );
    // The shapes do reach the rules: several of them report along the way.
    expect([...reported]).toEqual(expect.arrayContaining(['trackplan/known-event', 'trackplan/valid-properties', 'trackplan/stable-identity']));
    expect(reported.has('fatal')).toBe(false);
  });

  it('on deeply nested objects and very long strings', () => {
    const deep = `${'{ a: '.repeat(200)}1${' }'.repeat(200)}`;
    const code = `${header}\nmixpanel.track('User signs up', { plan: ${deep} });\nmixpanel.track(${literal('x'.repeat(100_000))});\n`;
    const messages = linter.verify(code, config, { filename: join(FIXTURE, 'src/web/deep.ts') });
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });
});

describe('a large generated tree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trackplan-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lints with zero fatal messages', async () => {
    writeCorpus(dir, { files: 400, events: 300 });
    writeFileSync(join(dir, 'eslint.config.js'), 'export default [];\n');
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
    const results = await eslint.lintFiles(['src']);
    expect(results.length).toBe(403);
    expect(results.reduce((n, r) => n + r.fatalErrorCount, 0)).toBe(0);
    expect(results.flatMap((r) => r.messages).every((m) => m.ruleId?.startsWith('trackplan/'))).toBe(true);
  }, 60_000);
});
