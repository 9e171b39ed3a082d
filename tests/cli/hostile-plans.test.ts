import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasBomb, refChain, refFanOut } from '../../bench/hostile-inputs.js';
import { gitRepo } from '../helpers/git-repo.js';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const validate = (files: Record<string, string>, args: string[] = []) => {
  const dir = tempDir(files);
  return { dir, run: trackplan(['validate', ...args], dir, { TRACKPLAN_NO_CACHE: '' }) };
};

describe('hostile plans end in seconds with a file:line:column error', () => {
  it('a YAML alias bomb is refused at load, so neither the load cache nor the diff expands it', () => {
    const plan = `version: 1\n${aliasBomb('x-bomb')}\nevents:\n  e: { eventName: E }\n`;
    expect(plan.length).toBeLessThan(700);
    const { dir, run } = validate({ 'tracking-plan.yaml': plan, 'node_modules/.keep': '' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('tracking-plan.yaml:1:1: error: the plan holds more than 100000 values once its YAML aliases (*name) are expanded');
    const diff = trackplan(['diff', 'tracking-plan.yaml', 'tracking-plan.yaml'], dir);
    expect(diff.status).toBe(1);
    expect(diff.stdout + diff.stderr).toContain('alias');
  });

  it('the same bomb on both sides of a git diff (REV:PATH)', () => {
    const plan = `version: 1\n${aliasBomb('x-bomb')}\nevents:\n  e: { eventName: E }\n`;
    const repo = gitRepo({ 'tracking-plan.yaml': plan });
    repo.commit({ 'tracking-plan.yaml': `${plan}  f: { eventName: F }\n` }, 'more');
    const run = trackplan(['diff', 'HEAD~1:tracking-plan.yaml', 'HEAD:tracking-plan.yaml'], repo.dir);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('YAML aliases');
  });

  it('$ref fan-out is refused at the definition; diff and codegen stop on it instead of expanding it', () => {
    const { dir, run } = validate({ 'tracking-plan.yaml': refFanOut });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /tracking-plan\.yaml:\d+:\d+: error: `\$defs\.d\d+` expands to more than 10000 schema nodes through its `\$ref`s; no property needs that much/,
    );
    expect(trackplan(['diff', 'tracking-plan.yaml', 'tracking-plan.yaml'], dir).status).toBe(1);
    expect(trackplan(['codegen', 'typescript', '--out', 'events.ts'], dir).status).toBe(1);
  });

  it('a $ref chain of 5,000 and JSON nested 3,000 deep are errors at their position, not a stack overflow', () => {
    const { run } = validate({ 'tracking-plan.yaml': refChain(5000) });
    expect(run.stdout).toBe(
      'tracking-plan.yaml:34:16: error: `$ref` chain longer than 32 definitions (through `$defs.d32`); refer to the definition you mean directly\ntracking-plan.yaml: invalid: 1 error\n',
    );
    const deep = validate({ 'tracking-plan.json': `{"version": 1, "x-deep": ${'['.repeat(3000)}${']'.repeat(3000)}}` });
    expect(deep.run.stdout).toBe(
      'tracking-plan.json:1:89: error: the plan nests more than 64 levels deep here; plans and their JSON Schemas are flatter than that\ntracking-plan.json: invalid: 1 error\n',
    );
    expect(deep.run.stderr).toBe('');
  });

  it('only whole format versions: `.inf` and `1e309` are refused', () => {
    for (const version of ['.inf', '1e309']) {
      const { run } = validate({ 'tracking-plan.yaml': `version: ${version}\n` });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('tracking-plan.yaml:1:10: error: version must be a whole number, the plan format version (`version: 1`), not Infinity');
    }
  });

  it('a pattern with catastrophic backtracking is matched in linear time; lookaround, which RE2 cannot run, is refused', () => {
    const { run } = validate({
      'tracking-plan.yaml': 'version: 1\nevents:\n  a:\n    eventName: A\n    properties:\n      p: { type: string, pattern: "^(?=a)b$" }\n',
    });
    expect(run.stdout).toContain('tracking-plan.yaml:6:35: error: pattern cannot be matched in linear time (invalid or unsupported Perl syntax: `(?=`)');
  });

  it('includes stay inside the repository: absolute paths, `..`, symlinks out and /dev/zero are errors naming the include', () => {
    const cases: [string, string][] = [
      ['/**/*.yaml', 'include `/**/*.yaml` is an absolute path; includes are paths relative to the plan, inside its folder'],
      ['../outside.yaml', "include `../outside.yaml` leaves the plan's folder (`..`); includes must stay inside it"],
      ['plans/*.yaml', 'include `plans/*.yaml`: plans/zero.yaml is a symlink to /dev/zero, outside the repository; includes are read only inside it'],
    ];
    for (const [pattern, message] of cases) {
      const dir = tempDir({ 'tracking-plan.yaml': `version: 1\ninclude: [${JSON.stringify(pattern)}]\n`, 'plans/.keep': '' });
      symlinkSync('/dev/zero', join(dir, 'plans/zero.yaml'));
      const run = trackplan(['validate'], dir);
      expect(run.status, pattern).toBe(1);
      expect(run.stdout).toContain(`tracking-plan.yaml:2:11: error: ${message}`);
    }
    // A plan file that is itself a link to /dev/zero is one clear error, not a read that never ends.
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'tracking-plan.yaml'));
    expect(trackplan(['validate', 'tracking-plan.yaml'], dir)).toMatchObject({ status: 2, stderr: 'trackplan: tracking-plan.yaml: is not a regular file\n' });
  });

  it('plan strings cannot drive the terminal: escape sequences, BEL and bidi controls are shown escaped', () => {
    const { run } = validate({
      'tracking-plan.yaml':
        'version: 1\nevents:\n  a:\n    eventName: "Sign\\e]52;c;ZXZpbA==\\aup\\u202e"\n  b: { eventName: "Sign\\e]52;c;ZXZpbA==\\aup\\u202e" }\n',
    });
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(run.stdout).toContain('eventName `Sign\\u001b]52;c;ZXZpbA==\\u0007up\\u202e` is already used by `events.a`');
  });
});

describe('trackplan validate in a monorepo', () => {
  it('validates every plan named, and --all finds every plan under the working tree except what git ignores', () => {
    const repo = gitRepo({
      'apps/web/tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: A }\n',
      'apps/api/tracking-plan.yml': 'version: 1\nevents:\n  a: { eventNme: A }\n',
      'vendor/tracking-plan.json': '{"version": 1,}',
      '.gitignore': 'vendor/\n',
      'node_modules/lib/tracking-plan.yaml': 'version: 99\n',
    });
    const named = trackplan(['validate', 'apps/web/tracking-plan.yaml', '--plan', 'apps/api/tracking-plan.yml'], repo.dir);
    expect(named.status).toBe(1);
    expect(named.stdout).toBe(
      [
        'apps/web/tracking-plan.yaml: valid (1 event, 0 super properties, 0 people properties, 0 products)',
        'apps/api/tracking-plan.yml:3:8: error: unknown key `eventNme` in events.a (did you mean `eventName`?)',
        'apps/api/tracking-plan.yml: invalid: 1 error',
        '2 plans checked: not all valid',
        '',
      ].join('\n'),
    );
    const all = trackplan(['validate', '--all'], repo.dir);
    expect(all.status).toBe(1);
    expect(all.stdout).toBe(
      [
        'apps/api/tracking-plan.yml:3:8: error: unknown key `eventNme` in events.a (did you mean `eventName`?)',
        'apps/api/tracking-plan.yml: invalid: 1 error',
        'apps/web/tracking-plan.yaml: valid (1 event, 0 super properties, 0 people properties, 0 products)',
        '2 plans checked: not all valid',
        '',
      ].join('\n'),
    );
    writeFileSync(join(repo.dir, 'apps/api/tracking-plan.yml'), 'version: 1\nevents:\n  a: { eventName: A }\n');
    expect(trackplan(['validate', '--all'], repo.dir)).toMatchObject({ status: 0, stdout: expect.stringContaining('2 plans valid\n') });
  });
});
