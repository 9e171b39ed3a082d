import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/src/index.js';
import { planStateFor } from '../../eslint-plugin/src/plan-state.js';
import { tempDir } from '../helpers/temp-dir.js';

const planWith = (...events: string[]) => `version: 1\nevents:\n${events.map((e, i) => `  e${i}: { eventName: ${e} }`).join('\n')}\n`;
const code = `import mixpanel from 'mixpanel-browser';\nmixpanel.track('Checkout opened');\n`;

/** One long-lived ESLint instance, as an editor's ESLint server keeps, with the recommended rules. */
const editorSession = (dir: string): ESLint =>
  new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended as Linter.Config],
  });

describe('the plugin sees plan edits', () => {
  it('in a long-lived ESLint instance (an editor): the next lint uses the edited plan', async () => {
    const dir = tempDir({ 'tracking-plan.yaml': planWith('Signed up'), 'src/a.ts': code });
    const eslint = editorSession(dir);
    const first = await eslint.lintText(code, { filePath: join(dir, 'src/a.ts') });
    expect(first[0]!.messages.map((m) => m.ruleId)).toEqual(['trackplan/known-event']);

    writeFileSync(join(dir, 'tracking-plan.yaml'), planWith('Signed up', 'Checkout opened'));
    const second = await eslint.lintText(code, { filePath: join(dir, 'src/a.ts') });
    expect(second[0]!.messages).toEqual([]);

    writeFileSync(join(dir, 'tracking-plan.yaml'), 'version: 1\nevents:\n  e0: { eventNme: Oops }\n');
    const third = await eslint.lintText(code, { filePath: join(dir, 'src/a.ts') });
    expect(third[0]!.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([
      expect.stringMatching(
        /^1:1 trackplan: the tracking plan is invalid \(.*tracking-plan\.yaml:3:9: unknown key `eventNme` in events\.e0 \(did you mean `eventName`\?\)\); checking against its last valid version/,
      ),
    ]);
  });

  it('a plan save is seen by the next lint of any file, however soon', () => {
    const dir = tempDir({ 'tracking-plan.yaml': planWith('Signed up') });
    const [a, b] = [join(dir, 'src/a.ts'), join(dir, 'src/b.ts')];
    const eventsSeen = (file: string) => [...planStateFor(file, dir, undefined).plan!.events.values()].map((e) => e.eventName);
    expect(eventsSeen(a)).toEqual(['Signed up']);
    writeFileSync(join(dir, 'tracking-plan.yaml'), planWith('Signed up', 'Checkout opened'));
    expect(eventsSeen(b)).toEqual(['Signed up', 'Checkout opened']);
    writeFileSync(join(dir, 'tracking-plan.yaml'), planWith('Checkout opened'));
    expect(eventsSeen(a)).toEqual(['Checkout opened']);
  });

  it('a plan created, moved or deleted during an editor session is seen by the next lint', async () => {
    const dir = tempDir({ 'packages/a/src/a.ts': code });
    const eslint = editorSession(dir);
    const lint = async () => (await eslint.lintText(code, { filePath: join(dir, 'packages/a/src/a.ts') }))[0]!.messages.map((m) => m.message);
    expect(await lint()).toEqual([expect.stringContaining('trackplan: no tracking-plan.yaml, .yml or .json found at or above')]);

    writeFileSync(join(dir, 'tracking-plan.yaml'), planWith('Signed up'));
    expect(await lint()).toEqual(['Event `Checkout opened` is not in the tracking plan.']);

    // A package plan appears nearer the file: it wins.
    writeFileSync(join(dir, 'packages/a/tracking-plan.yaml'), planWith('Checkout opened'));
    expect(await lint()).toEqual([]);

    // Moved to the package's src folder: still the nearest.
    renameSync(join(dir, 'packages/a/tracking-plan.yaml'), join(dir, 'packages/a/src/tracking-plan.yaml'));
    expect(await lint()).toEqual([]);

    // Deleted: the parent plan applies again.
    rmSync(join(dir, 'packages/a/src/tracking-plan.yaml'));
    expect(await lint()).toEqual(['Event `Checkout opened` is not in the tracking plan.']);
  });

  it('a constants module saved with a syntax error and then fixed is read again', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': planWith('Signed up'),
      'src/events.ts': "export const EVENTS = { CHECKOUT: 'Checkout opened' } as const;\n",
    });
    const caller = "import mixpanel from 'mixpanel-browser';\nimport { EVENTS } from './events';\nmixpanel.track(EVENTS.CHECKOUT);\n";
    const eslint = editorSession(dir);
    const lint = async () => (await eslint.lintText(caller, { filePath: join(dir, 'src/a.ts') }))[0]!.messages.map((m) => m.message);
    expect(await lint()).toEqual(['Event `Checkout opened` is not in the tracking plan.']);
    writeFileSync(join(dir, 'src/events.ts'), "export const EVENTS = { CHECKOUT: 'Checkout opened' \n");
    expect(await lint()).toEqual([]);
    writeFileSync(join(dir, 'src/events.ts'), "export const EVENTS = { CHECKOUT: 'Checkout opened', X: 1 } as const;\n");
    expect(await lint()).toEqual(['Event `Checkout opened` is not in the tracking plan.']);
  });

  it('files under include globs that are added, edited or removed are seen by the next lint', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': 'version: 1\ninclude: [plans/**/*.yaml]\nevents:\n  a: { eventName: Signed up }\n',
      'plans/web/base.yaml': 'events:\n  signedIn: { eventName: Signed in }\n',
    });
    const eslint = editorSession(dir);
    const lint = async () => (await eslint.lintText(code, { filePath: join(dir, 'src/a.ts') }))[0]!.messages.map((m) => m.message);
    expect(await lint()).toEqual(['Event `Checkout opened` is not in the tracking plan.']);
    writeFileSync(join(dir, 'plans/web/checkout.yaml'), 'events:\n  checkout: { eventName: Checkout opened }\n');
    expect(await lint()).toEqual([]);
    writeFileSync(join(dir, 'plans/web/checkout.yaml'), 'events:\n  checkout: { eventName: Checkout closed }\n');
    expect(await lint()).toEqual(['Event `Checkout opened` is not in the tracking plan. Did you mean `Checkout closed`?']);
    mkdirSync(join(dir, 'plans/web/deep'));
    writeFileSync(join(dir, 'plans/web/deep/more.yaml'), 'events:\n  opened: { eventName: Checkout opened }\n');
    expect(await lint()).toEqual([]);
    rmSync(join(dir, 'plans/web/deep/more.yaml'));
    expect(await lint()).toEqual(['Event `Checkout opened` is not in the tracking plan. Did you mean `Checkout closed`?']);
  });

  it('with `eslint --cache`: trackplan.config() makes a plan edit re-lint cached files; the static config cannot', () => {
    const eslintBin = fileURLToPath(new URL('../../node_modules/eslint/bin/eslint.js', import.meta.url));
    const pluginUrl = pathToFileURL(fileURLToPath(new URL('../../eslint-plugin/dist/index.js', import.meta.url))).href;
    const parserUrl = pathToFileURL(fileURLToPath(new URL('../../node_modules/@typescript-eslint/parser/dist/index.js', import.meta.url))).href;
    const config = (trackplanConfig: string) =>
      `import trackplan from ${JSON.stringify(pluginUrl)};\nimport * as parser from ${JSON.stringify(parserUrl)};\nexport default [{ files: ['**/*.ts'], languageOptions: { parser } }, ${trackplanConfig}];\n`;
    const run = (dir: string) => spawnSync(process.execPath, [eslintBin, '--cache', 'src/a.ts'], { cwd: dir, encoding: 'utf8' });

    for (const [trackplanConfig, seesEdit] of [
      ["trackplan.config({ plan: 'tracking-plan.yaml' })", true],
      ['trackplan.configs.recommended', false],
    ] as const) {
      const dir = tempDir({ 'tracking-plan.yaml': planWith('Checkout opened'), 'src/a.ts': code, 'eslint.config.js': config(trackplanConfig) });
      expect(run(dir).status, trackplanConfig).toBe(0);
      writeFileSync(join(dir, 'tracking-plan.yaml'), planWith('Signed up'));
      const second = run(dir);
      expect(second.status, `${trackplanConfig}: ${second.stdout}${second.stderr}`).toBe(seesEdit ? 1 : 0);
      if (seesEdit) expect(second.stdout).toContain('Event `Checkout opened` is not in the tracking plan');
    }
  });

  it('adopts in a large codebase with bulk suppressions: `eslint --suppress-all` records today’s findings, new ones still fail', () => {
    const eslintBin = fileURLToPath(new URL('../../node_modules/eslint/bin/eslint.js', import.meta.url));
    const pluginUrl = pathToFileURL(fileURLToPath(new URL('../../eslint-plugin/dist/index.js', import.meta.url))).href;
    const parserUrl = pathToFileURL(fileURLToPath(new URL('../../node_modules/@typescript-eslint/parser/dist/index.js', import.meta.url))).href;
    const dir = tempDir({
      'tracking-plan.yaml': planWith('Signed up'),
      'src/a.ts': code,
      'eslint.config.js': `import trackplan from ${JSON.stringify(pluginUrl)};\nimport * as parser from ${JSON.stringify(parserUrl)};\nexport default [{ files: ['**/*.ts'], languageOptions: { parser } }, trackplan.configs.recommended];\n`,
    });
    const eslint = (...args: string[]) => spawnSync(process.execPath, [eslintBin, ...args, 'src'], { cwd: dir, encoding: 'utf8' });
    expect(eslint().status).toBe(1);
    expect(eslint('--suppress-all').status).toBe(0);
    expect(eslint().status).toBe(0);
    writeFileSync(join(dir, 'src/b.ts'), `import mixpanel from 'mixpanel-browser';\nmixpanel.track('Brand new mistake');\n`);
    const after = eslint();
    expect(after.status).toBe(1);
    expect(after.stdout).toContain('Event `Brand new mistake` is not in the tracking plan');
    expect(after.stdout).not.toContain('Checkout opened');
  });
});
