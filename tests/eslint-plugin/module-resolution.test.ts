import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/src/index.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Lints `code` as `app/src/a.ts` of a monorepo made in a temp folder. */
async function lintInMonorepo(code: string, files: Record<string, string>): Promise<string[]> {
  const dir = tempDir({
    'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: Signed up }\n  b: { eventName: Logged in }\n',
    'packages/events/package.json': JSON.stringify({
      name: '@shop/events',
      exports: { '.': { source: './src/index.ts', default: './dist/index.js' }, './auth': './src/auth.ts' },
    }),
    'packages/events/src/index.ts': "export const EVENTS = { SIGN_UP: 'Signed up', TYPO: 'Signed upp' } as const;\n",
    'packages/events/src/auth.ts': "export const LOGIN = 'Logged inn';\n",
    'app/tsconfig.json': '{\n  // comments and trailing commas, as tsconfig allows\n  "compilerOptions": { "paths": { "@/*": ["./src/*"], }, },\n}\n',
    ...files,
  });
  mkdirSync(join(dir, 'app/node_modules/@shop'), { recursive: true });
  symlinkSync(join(dir, 'packages/events'), join(dir, 'app/node_modules/@shop/events'), 'dir');
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended as Linter.Config],
  });
  const [result] = await eslint.lintText(code, { filePath: join(dir, 'app/src/a.ts') });
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.message}`);
}

describe('constants imported through aliases and workspace packages', () => {
  it('follows tsconfig paths and a workspace package’s exports (source condition, subpaths)', async () => {
    const messages = await lintInMonorepo(
      [
        "import mixpanel from 'mixpanel-browser';",
        "import { EVENTS } from '@shop/events';",
        "import { LOGIN } from '@shop/events/auth';",
        "import { LOCAL } from '@/local';",
        'mixpanel.track(EVENTS.SIGN_UP);',
        'mixpanel.track(EVENTS.TYPO);',
        'mixpanel.track(LOGIN);',
        'mixpanel.track(LOCAL);',
      ].join('\n'),
      { 'app/src/local.ts': "export const LOCAL = 'Local event';\n" },
    );
    expect(messages).toEqual([
      '6:16 Event `Signed upp` is not in the tracking plan. Did you mean `Signed up`?',
      '7:16 Event `Logged inn` is not in the tracking plan. Did you mean `Logged in`?',
      '8:16 Event `Local event` is not in the tracking plan.',
    ]);
  });

  it('in an editor session: sees edits of a constants module, and of a module its constants read from', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: Signed up }\n  b: { eventName: Logged in }\n',
      'src/names.ts': "export const LOGIN = 'Logged in';\n",
      'src/events.ts': "import { LOGIN } from './names';\nexport const EVENTS = { SIGN_UP: 'Signed up', LOGIN } as const;\n",
    });
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended as Linter.Config],
    });
    const code =
      "import mixpanel from 'mixpanel-browser';\nimport { EVENTS } from './events';\nmixpanel.track(EVENTS.SIGN_UP);\nmixpanel.track(EVENTS.LOGIN);\n";
    const lint = async () => (await eslint.lintText(code, { filePath: join(dir, 'src/a.ts') }))[0]!.messages.map((m) => `${m.line}:${m.column} ${m.message}`);
    expect(await lint()).toEqual([]);

    writeFileSync(join(dir, 'src/names.ts'), "export const LOGIN = 'Logged inn';\n");
    expect(await lint()).toEqual(['4:16 Event `Logged inn` is not in the tracking plan. Did you mean `Logged in`?']);

    writeFileSync(join(dir, 'src/events.ts'), "import { LOGIN } from './names';\nexport const EVENTS = { SIGN_UP: 'Signed upp', LOGIN } as const;\n");
    expect(await lint()).toEqual([
      '3:16 Event `Signed upp` is not in the tracking plan. Did you mean `Signed up`?',
      '4:16 Event `Logged inn` is not in the tracking plan. Did you mean `Logged in`?',
    ]);
  });
});
