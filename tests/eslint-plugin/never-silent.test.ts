import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const PLUGIN_URL = pathToFileURL(fileURLToPath(new URL('../../eslint-plugin/dist/index.js', import.meta.url))).href;
const PARSER_URL = pathToFileURL(fileURLToPath(new URL('../../node_modules/@typescript-eslint/parser/dist/index.js', import.meta.url))).href;
const ESLINT_BIN = fileURLToPath(new URL('../../node_modules/eslint/bin/eslint.js', import.meta.url));

/** An eslint.config.js as a user writes it: the TypeScript parser, then the given trackplan config entries. */
const eslintConfig = (entries: string) =>
  `import trackplan from ${JSON.stringify(PLUGIN_URL)};\nimport * as parser from ${JSON.stringify(PARSER_URL)};\nexport default [{ files: ['**/*.ts'], languageOptions: { parser } }, ${entries}];\n`;

const WRAPPER_PLAN = `version: 1
code:
  trackers:
    - { callee: trackEvent, event: 0, properties: 1, from: ./analytics }
events:
  signedUp:
    eventName: Signed up
    properties:
      plan: { type: strin }
`;
const wrapperCall = "import { trackEvent } from './analytics';\ntrackEvent('Signed up', { plan: 'pro' });\n";

async function lint(dir: string, files: string[]): Promise<string[]> {
  const eslint = new ESLint({ cwd: dir });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}`),
  );
}

describe('an unusable plan is never a silent green run', () => {
  it('a format error: reported at the wrappers the plan declares, even with known-event turned off', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': WRAPPER_PLAN,
      'src/analytics.ts': 'export function trackEvent(name: string, props: object) {}\n',
      'src/signup.ts': wrapperCall,
      'src/util.ts': 'export const add = (a: number, b: number) => a + b;\n',
      'eslint.config.js': eslintConfig("{ ...trackplan.config({ plan: 'tracking-plan.yaml' }), rules: { 'trackplan/valid-properties': 'error' } }"),
    });
    expect(await lint(dir, ['src'])).toEqual([
      `src/signup.ts:1:1 error trackplan/valid-properties: trackplan: the tracking plan is invalid (${join(dir, 'tracking-plan.yaml')}:9:21: events.signedUp.properties.plan.type must be one of: string, number, integer, boolean, object, array, null (did you mean \`string\`?)), so nothing is checked against it. Run \`trackplan validate\` for every problem`,
    ]);
  });

  it('a YAML syntax error (nothing readable): reported once in every linted file under the plan, tracking or not', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': 'version: 1\nevents: [\n',
      'src/analytics.ts': 'export function trackEvent(name: string, props: object) {}\n',
      'src/signup.ts': wrapperCall,
      'eslint.config.js': eslintConfig('trackplan.configs.recommended'),
    });
    const messages = await lint(dir, ['src']);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(
      /^src\/analytics\.ts:1:1 error trackplan\/known-event: trackplan: the tracking plan is invalid \(.*tracking-plan\.yaml:3:1: .*\), so nothing is checked against it/,
    );
    expect(messages[1]).toMatch(/^src\/signup\.ts:1:1 error trackplan\/known-event: trackplan: the tracking plan is invalid/);
  });

  it('a plan named in settings that does not exist: reported in every linted file', async () => {
    const dir = tempDir({
      'src/util.ts': 'export const x = 1;\n',
      'eslint.config.js': eslintConfig("{ ...trackplan.configs.recommended, settings: { trackplan: { plan: 'plans/tracking-plan.yaml' } } }"),
    });
    expect(await lint(dir, ['src'])).toEqual([
      `src/util.ts:1:1 error trackplan/known-event: trackplan: cannot read the tracking plan ${join(dir, 'plans/tracking-plan.yaml')}: no such file, so nothing is checked against it`,
    ]);
  });

  it('trackplan.config() naming a missing plan fails at config load with one clear line', async () => {
    const dir = tempDir({ 'src/a.ts': 'export {};\n', 'eslint.config.js': eslintConfig("trackplan.config({ plan: 'tracking-plan.yml' })") });
    const run = spawnSync(process.execPath, [ESLINT_BIN, 'src'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `trackplan.config(): the plan \`tracking-plan.yml\` does not exist: tried ${join(dir, 'tracking-plan.yml')} (resolved from ${dir})`,
    );
  });

  it('an unknown preset throws, listing the valid ones, instead of turning every rule off', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': 'version: 1\n',
      'src/a.ts': 'export {};\n',
      'eslint.config.js': eslintConfig("trackplan.config({ plan: 'tracking-plan.yaml', preset: 'Strict' })"),
    });
    const run = spawnSync(process.execPath, [ESLINT_BIN, 'src'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('trackplan.config(): unknown preset `Strict`; use one of `recommended`, `strict`, `type-checked`');
  });

  it('type-checked without type information is an error naming the missing parserOptions, not a silent strict', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: Signed up }\n',
      'src/a.ts': "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Signed up');\n",
      'eslint.config.js': eslintConfig("trackplan.config({ plan: 'tracking-plan.yaml', preset: 'type-checked' })"),
    });
    const messages = await lint(dir, ['src']);
    expect(messages).toEqual([
      "src/a.ts:1:1 error trackplan/known-event: trackplan: the `type-checked` config (the rules' `typeAware` option) needs type information, and this file has none: set `languageOptions.parserOptions.projectService: true` (or `parserOptions.project`) with @typescript-eslint/parser, or use the `strict` config",
    ]);
  });

  it('a plan without people or superProperties sections does not govern them yet', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: Signed up }\n',
      'src/a.ts':
        "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Signed up');\nmixpanel.register({ appVersion: '1.2' });\nmixpanel.people.set({ favouriteColour: 'blue' });\n",
      'eslint.config.js': eslintConfig("trackplan.config({ plan: 'tracking-plan.yaml' })"),
    });
    expect(await lint(dir, ['src'])).toEqual([]);
    // Present and empty: none allowed.
    const governed = tempDir({
      'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: Signed up }\nsuperProperties: {}\npeople: {}\n',
      'src/a.ts': "import mixpanel from 'mixpanel-browser';\nmixpanel.register({ appVersion: '1.2' });\nmixpanel.people.set({ favouriteColour: 'blue' });\n",
      'eslint.config.js': eslintConfig("trackplan.config({ plan: 'tracking-plan.yaml' })"),
    });
    expect(await lint(governed, ['src'])).toEqual([
      'src/a.ts:2:21 error trackplan/valid-properties: `appVersion` is not a property of the super properties.',
      'src/a.ts:3:23 error trackplan/valid-properties: `favouriteColour` is not a property of the people properties.',
    ]);
  });
});

describe('plan paths mean what the user wrote', () => {
  const monorepo = (configEntry: string) =>
    tempDir({
      'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: Signed up }\n',
      'packages/a/src/a.ts': "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Signed up');\nmixpanel.track('Not planned');\n",
      'eslint.config.js': eslintConfig(configEntry),
    });

  for (const [name, entry] of [
    ['a relative path in trackplan.config()', "trackplan.config({ plan: 'tracking-plan.yaml' })"],
    ['a URL in trackplan.config()', "trackplan.config({ plan: new URL('./tracking-plan.yaml', import.meta.url) })"],
    ['a relative path in settings.trackplan.plan', "{ ...trackplan.configs.recommended, settings: { trackplan: { plan: 'tracking-plan.yaml' } } }"],
  ] as const) {
    it(`${name} is resolved from the config file's folder: \`cd packages/a && eslint .\` checks against the root plan`, () => {
      const dir = monorepo(entry);
      const run = spawnSync(process.execPath, [ESLINT_BIN, '--format', 'json', '.'], { cwd: join(dir, 'packages/a'), encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const results = JSON.parse(run.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string; message: string }[] }[];
      expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([
        'packages/a/src/a.ts:3:16 trackplan/known-event: Event `Not planned` is not in the tracking plan.',
      ]);
      expect(run.status).toBe(1);
    });
  }

  it('in a repository with more than one plan, reports say which plan they were checked against', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: Signed up }\n',
      'packages/a/tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: Checkout opened }\n',
      'packages/a/src/a.ts': "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Signed up');\n",
      'src/root.ts': "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Checkout opened');\n",
      'eslint.config.js': eslintConfig('trackplan.configs.recommended'),
    });
    expect(await lint(dir, ['.'])).toEqual([
      'packages/a/src/a.ts:2:16 error trackplan/known-event: Event `Signed up` is not in the tracking plan. [plan: packages/a/tracking-plan.yaml]',
      'src/root.ts:2:16 error trackplan/known-event: Event `Checkout opened` is not in the tracking plan.',
    ]);
  });

  it('new ESLint({ cwd }) in a process whose working directory is elsewhere reads the plan beside the config', async () => {
    const dir = monorepo("trackplan.config({ plan: 'tracking-plan.yaml' })");
    expect(process.cwd()).not.toBe(dir);
    const messages = await lint(dir, ['packages']);
    expect(messages).toEqual(['packages/a/src/a.ts:3:16 error trackplan/known-event: Event `Not planned` is not in the tracking plan.']);
  });
});
