import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/src/run-cli.js';
import { wantsColor, type CliIo } from '../../cli/src/cli-io.js';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

function capture(cwd: string, color: boolean): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env: {}, color, out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
}

describe('colour', () => {
  it('is used on a terminal only, and never with NO_COLOR or TERM=dumb', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('marks errors red and the location bold when on', async () => {
    const dir = tempDir({ 'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventNme: X }\n' });
    const io = capture(dir, true);
    expect(await runCli(['validate'], io)).toBe(1);
    expect(io.out[0]).toContain('\u001b[1mtracking-plan.yaml:3:8\u001b[22m');
    expect(io.out[0]).toContain('\u001b[31merror\u001b[39m');
  });
});

describe('errors are one line, with a stack trace only under --debug', () => {
  it('says a folder is not a plan file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tracking-plan.yaml'));
    const run = trackplan(['validate', '--plan', 'tracking-plan.yaml'], dir);
    expect(run).toMatchObject({ status: 2, stdout: '', stderr: 'trackplan: tracking-plan.yaml: is a folder, not a plan file\n' });
  });

  it('adds the stack trace with --debug', () => {
    const dir = tempDir();
    const run = trackplan(['validate', '--plan', 'missing.yaml', '--debug'], dir);
    expect(run.status).toBe(2);
    const [first, ...rest] = run.stderr.trim().split('\n');
    expect(first).toBe('trackplan: missing.yaml: no such file');
    expect(rest.join('\n')).toMatch(/PlanReadError[\s\S]*at /);
  });

  it('prints usage on stderr and exits 2 without a command; --version prints the version', () => {
    const dir = tempDir();
    const none = trackplan([], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: trackplan <command> [options]');
    const version = trackplan(['--version'], dir);
    expect(version).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});
