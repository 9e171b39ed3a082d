import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/src/index.js';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const acmePlan = readFileSync(new URL('../../examples/acme/tracking-plan.yaml', import.meta.url), 'utf8');
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

/** tsc --strict on one file, as a project would compile it. */
function compile(dir: string, file: string): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [tsc, '--strict', '--noEmit', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', join(dir, file)],
    { cwd: dir, encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

const usage = (call: string) => `import { EVENTS, typedTrack, type ServerPeopleProperties, type ClientPeopleProperties } from './events.js';
const track = typedTrack((name, properties) => { void name; void properties; });
${call}
const serverOwned: ServerPeopleProperties = { plan: 'pro', $email: 'a@b.co' };
const clientOwned: ClientPeopleProperties = { preferredTheme: 'dark' };
void serverOwned; void clientOwned;
`;

describe('trackplan codegen typescript', () => {
  it('writes event constants and types that compile with tsc --strict and type real calls', () => {
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan, 'package.json': '{ "type": "module" }' });
    const run = trackplan(['codegen', 'typescript', '--out', 'src/events.ts'.replace('src/', '')], dir);
    expect(run).toMatchObject({ status: 0, stdout: 'wrote events.ts: 12 events\n' });
    const code = readFileSync(join(dir, 'events.ts'), 'utf8');
    expect(code).toContain('  userSignsUp: "User signs up",');
    expect(code).not.toContain('Wishlist shared'); // retired
    expect(code).toContain('@deprecated One spelling for all platforms. Send "User signs up" instead.');
    writeFileSync(
      join(dir, 'app.ts'),
      usage(
        "track(EVENTS.userSignsUp, { plan: 'pro', signupMethod: 'email', isTrial: true });\ntrack('Order completed', { orderId: 'b3c1e0de-0000-4000-8000-000000000001', revenue: 9.5, currency: 'EUR', distinct_id: 'u1' });",
      ),
    );
    expect(compile(dir, 'app.ts')).toEqual({ status: 0, output: '' });
  }, 60_000);

  it('makes tsc reject a wrong property type, a value outside an enum and a missing required property', () => {
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan, 'package.json': '{ "type": "module" }' });
    trackplan(['codegen', 'typescript', '--out', 'events.ts'], dir);
    writeFileSync(
      join(dir, 'bad.ts'),
      usage(
        "track(EVENTS.userSignsUp, { plan: 'gold', signupMethod: 'email', isTrial: 'true' });\ntrack(EVENTS.orderCompleted, { orderId: 'x', currency: 'EUR' });",
      ),
    );
    const { status, output } = compile(dir, 'bad.ts');
    expect(status).not.toBe(0);
    expect(output).toContain('bad.ts(3,29): error TS2322: Type \'"gold"\' is not assignable to type \'"enterprise" | "free" | "pro"\'');
    expect(output).toContain("bad.ts(3,66): error TS2322: Type 'string' is not assignable to type 'boolean | undefined'");
    expect(output).toContain("Property 'revenue' is missing");
  }, 60_000);

  it('passes trackplan’s own lint', async () => {
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    trackplan(['codegen', 'typescript', '--out', 'events.ts'], dir);
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.strict as Linter.Config],
    });
    const [result] = await eslint.lintFiles(['events.ts']);
    expect(result!.messages).toEqual([]);
  });

  it('needs --out', () => {
    expect(trackplan(['codegen', 'typescript'], tempDir({ 'tracking-plan.yaml': acmePlan }))).toMatchObject({
      status: 2,
      stderr: 'trackplan: codegen needs --out FILE\n',
    });
  });
});
