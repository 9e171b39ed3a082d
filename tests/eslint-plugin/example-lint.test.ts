import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';

const acme = fileURLToPath(new URL('../../examples/acme', import.meta.url));

/** Every deliberate violation of examples/acme, one or more per practice. */
const EXPECTED = [
  'apps/mobile/src/screens/ProductScreen.tsx:14:20 trackplan/known-event',
  'apps/mobile/src/screens/ProductScreen.tsx:19:82 trackplan/valid-properties',
  'apps/mobile/src/screens/ProductScreen.tsx:19:97 trackplan/valid-properties',
  'apps/mobile/src/screens/SignupScreen.tsx:11:20 trackplan/no-deprecated-event',
  'apps/web/src/analytics.ts:13:21 trackplan/stable-identity',
  'apps/web/src/shop.ts:23:14 trackplan/known-event',
  'apps/web/src/signup.ts:17:14 trackplan/valid-properties',
  'apps/web/src/signup.ts:20:25 trackplan/people-ownership',
  'services/api/src/orders.ts:23:3 trackplan/server-people-modifiers',
  'services/api/src/orders.ts:28:84 trackplan/valid-properties',
];

async function lintAcme(Engine: typeof ESLint | typeof ESLint9): Promise<string[]> {
  const results = await new Engine({ cwd: acme }).lintFiles(['.']);
  return results
    .flatMap((r) => r.messages.map((m) => `${r.filePath.slice(acme.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? `fatal: ${m.message}`}`))
    .sort();
}

describe('examples/acme linted with its own eslint.config.js', () => {
  it('reports exactly its deliberate violations, with ESLint 10', async () => {
    expect(await lintAcme(ESLint)).toEqual(EXPECTED);
  });

  it('reports the same with ESLint 9', async () => {
    expect(ESLint9.version).toMatch(/^9\./);
    expect(await lintAcme(ESLint9)).toEqual(EXPECTED);
  });

  it('reports the same under `eslint --concurrency 2` (one plan load per worker, no shared state)', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = fileURLToPath(new URL('../../node_modules/eslint/bin/eslint.js', import.meta.url));
    const run = spawnSync(process.execPath, [bin, '--concurrency', '2', '--format', 'json', '.'], { cwd: acme, encoding: 'utf8' });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string }[] }[];
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(acme.length + 1)}:${m.line}:${m.column} ${m.ruleId}`)).sort()).toEqual(EXPECTED);
  });

  it('marks each of them with a `// trackplan:` comment in the code', async () => {
    const { readFileSync } = await import('node:fs');
    for (const entry of EXPECTED) {
      const [path, line] = entry.split(':') as [string, string];
      const lines = readFileSync(`${acme}/${path}`, 'utf8').split('\n');
      const context = lines.slice(Math.max(0, Number(line) - 4), Number(line)).join('\n');
      expect(context, entry).toMatch(/\/\/ trackplan:/);
    }
  });
});
