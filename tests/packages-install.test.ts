import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const WORKSPACES = { '@trackplan/schema': 'schema', 'eslint-plugin-trackplan': 'eslint-plugin', trackplan: 'cli' } as const;

function run(command: string, args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // npm's own cache first: the packages the tarballs depend on are the ones this repository installed.
    const env = { ...process.env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', NO_COLOR: '1' };
    execFile(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The README's install line, as a user copies it. */
function readmeInstallLine(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Install'));
  return /^npm i -D .+$/m.exec(section)![0];
}

describe('the packages a user installs', () => {
  it('install from their packed tarballs into a fresh project, where `npx trackplan` and `eslint` with the plugin work', async () => {
    const packs = tempDir();
    const packed = await run('npm', ['pack', '--silent', '--pack-destination', packs, ...Object.values(WORKSPACES).flatMap((w) => ['-w', w])], root);
    expect(packed.stderr).toBe('');
    const tarballs = readdirSync(packs).map((name) => join(packs, name));
    expect(tarballs).toHaveLength(3);
    for (const tarball of tarballs) {
      const listing = (await run('tar', ['tzf', tarball], packs)).stdout.split('\n');
      expect(listing, tarball).toContain('package/LICENSE');
      expect(listing, tarball).toContain('package/README.md');
      // Source maps point into src/, which is shipped beside dist/.
      for (const map of listing.filter((f) => f.endsWith('.js.map')).slice(0, 20)) {
        const source = map.replace('package/dist/', 'package/src/').replace(/\.js\.map$/, '.ts');
        expect(listing, `${tarball}: ${map}`).toContain(source);
      }
    }

    // The README's line, each package name replaced by its tarball (the core comes with them, as from the registry).
    const line = readmeInstallLine();
    expect(line).toBe('npm i -D trackplan eslint-plugin-trackplan');
    // npm names a tarball after its package: @trackplan/schema → trackplan-schema-0.1.0.tgz.
    const tarballOf = (name: string): string => tarballs.find((t) => basename(t).startsWith(`${name.replace('@', '').replace('/', '-')}-0`))!;
    const names = line.split(' ').slice(3);
    const project = tempDir({
      'package.json': JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }),
      'tracking-plan.yaml':
        'version: 1\nevents:\n  userSignsUp:\n    eventName: User signs up\n    properties:\n      plan: { type: string, enum: [free, pro] }\n',
      'eslint.config.js': `import trackplan from 'eslint-plugin-trackplan';\nexport default [trackplan.config({ plan: 'tracking-plan.yaml' })];\n`,
      'src/signup.js': `import mixpanel from 'mixpanel-browser';\nmixpanel.track('User Signs Up', { plan: 'gold' });\n`,
    });
    mkdirSync(join(project, 'node_modules'));
    const installed = await run('npm', ['i', '-D', tarballOf('@trackplan/schema'), ...names.map(tarballOf)], project);
    expect(installed.status, installed.stderr).toBe(0);

    const help = await run('npx', ['trackplan', '--help'], project);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: trackplan <command>/);
    const validate = await run('npx', ['trackplan', 'validate'], project);
    expect(validate.status, validate.stderr + validate.stdout).toBe(0);
    // infer loads the plugin's recognition from the installed package.
    const infer = await run('npx', ['trackplan', 'infer', 'src/*.js'], project);
    expect(infer.status, infer.stderr).toBe(0);
    expect(infer.stdout).toContain('eventName: User Signs Up');

    const lint = await run('npx', ['eslint', '--format', 'json', 'src'], project);
    expect(lint.status).toBe(1);
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages;
    expect(messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([
      'trackplan/known-event: Event `User Signs Up` is not in the tracking plan. Did you mean `User signs up`?',
    ]);
  }, 240_000);
});
