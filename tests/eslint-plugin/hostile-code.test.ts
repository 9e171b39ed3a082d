import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/src/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const DYNAMIC =
  'trackplan/no-dynamic-event: This event name is worked out at run time, so it cannot be checked against the tracking plan. Use a string literal or a constant (an `as const` object, an enum, or an exported const).';
const PLAN = 'version: 1\nevents:\n  a: { eventName: Signed up }\n';

function eslintIn(dir: string): ESLint {
  return new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.strict as Linter.Config],
  });
}

const messagesOf = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.map((m) => `${r.filePath.split('/').pop()}:${m.line} ${m.ruleId ?? 'fatal'}: ${m.message}`));

/** Constants objects nested `levels` deep, each level referring to the one below `fanOut` times. */
function nestedConstants(levels: number, fanOut: number): string {
  const lines = [`const L0 = { name: 'Signed up' } as const;`];
  for (let level = 1; level <= levels; level++) {
    lines.push(`const L${level} = { ${Array.from({ length: fanOut }, (_, i) => `k${i}: L${level - 1}`).join(', ')} } as const;`);
  }
  return lines.join('\n');
}

describe('hostile code ends in bounded time, as unknown, never as a hang or a crash', () => {
  it('constants nested 9 levels of 10 references (and 10 levels): the name is unknown, so no-dynamic-event says so', async () => {
    for (const levels of [9, 10]) {
      const path = ['k0'.repeat(1)].concat(Array.from({ length: levels - 1 }, () => 'k0')).join('.');
      const code = `import mixpanel from 'mixpanel-browser';\n${nestedConstants(levels, 10)}\nmixpanel.track(L${levels}.${path}.name);\n`;
      expect(code.length).toBeLessThan(1200);
      const dir = tempDir({ 'tracking-plan.yaml': PLAN, 'src/a.ts': code });
      const messages = messagesOf(await eslintIn(dir).lintFiles(['src']));
      expect(messages).toEqual([`a.ts:${levels + 3} ${DYNAMIC}`]);
    }
  });

  it('ten modules each `export * from` the other nine: an import from them resolves or is unknown, at once', async () => {
    const files: Record<string, string> = { 'tracking-plan.yaml': PLAN };
    for (let i = 0; i < 10; i++) {
      files[`src/m${i}.ts`] = `${Array.from({ length: 10 }, (_, j) => j)
        .filter((j) => j !== i)
        .map((j) => `export * from './m${j}';`)
        .join('\n')}\n${i === 9 ? "export const SIGNED_UP = 'Signed up';\n" : ''}`;
    }
    files['src/a.ts'] =
      "import mixpanel from 'mixpanel-browser';\nimport { SIGNED_UP, MISSING } from './m0';\nmixpanel.track(SIGNED_UP);\nmixpanel.track(MISSING);\n";
    const dir = tempDir(files);
    const results = await eslintIn(dir).lintFiles([join(dir, 'src/a.ts')]);
    expect(messagesOf(results)).toEqual([`a.ts:4 ${DYNAMIC}`]);
  });

  it('an import that leads to /dev/zero through a symlink is never read', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': PLAN,
      'src/a.ts': "import mixpanel from 'mixpanel-browser';\nimport { EVENT } from './events';\nmixpanel.track(EVENT);\n",
    });
    symlinkSync('/dev/zero', join(dir, 'src/events.ts'));
    const messages = messagesOf(await eslintIn(dir).lintFiles([join(dir, 'src/a.ts')]));
    expect(messages).toEqual([`a.ts:3 ${DYNAMIC}`]);
  });

  it('a string doubled thirty times is unknown, not a gigabyte', async () => {
    const doubling = ["const S0 = 'ab';", ...Array.from({ length: 30 }, (_, i) => `const S${i + 1} = S${i} + S${i};`)].join('\n');
    const dir = tempDir({ 'tracking-plan.yaml': PLAN, 'src/a.ts': `import mixpanel from 'mixpanel-browser';\n${doubling}\nmixpanel.track(S30);\n` });
    const messages = messagesOf(await eslintIn(dir).lintFiles(['src']));
    expect(messages).toEqual([`a.ts:33 ${DYNAMIC}`]);
  });
});
