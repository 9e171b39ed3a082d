import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const validPlan = 'version: 1\nevents:\n  userSignsUp: { eventName: User signs up }\n';

describe('trackplan validate', () => {
  it('exits 0 and says what the plan holds, finding the plan by walking up', () => {
    const dir = tempDir({ 'tracking-plan.yaml': validPlan, 'apps/web/src/.keep': '' });
    const run = trackplan(['validate'], join(dir, 'apps/web/src'));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${join(dir, 'tracking-plan.yaml')}: valid (1 event, 0 super properties, 0 people properties, 0 products)\n`);
    expect(run.stderr).toBe('');
  });

  it('exits 1 with one file:line:column line per problem', () => {
    const dir = tempDir({
      'tracking-plan.yaml':
        'version: 1\nconventions: { eventName: Sentence case }\nevents:\n  a: { eventName: Sign Up }\n  b: { eventName: Log in, replacedBy: c }\n',
    });
    const run = trackplan(['validate'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'tracking-plan.yaml:4:19: error: eventName `Sign Up` is not Sentence case (conventions.eventName): write `Sign up`, or mark the event `status: deprecated` to keep an old spelling',
      'tracking-plan.yaml:5:39: error: replacedBy `c` is not an event key',
      'tracking-plan.yaml: invalid: 2 errors',
      '',
    ]);
  });

  it("accepts a wrapper's arguments by position or by name, and says what else it takes", () => {
    const dir = tempDir({
      'tracking-plan.yaml':
        'version: 1\ncode:\n  trackers:\n    - { callee: Analytics.log, event: event, properties: props }\n    - { callee: log, event: "1 x", distinctId: -1 }\nevents: {}\n',
    });
    const run = trackplan(['validate'], dir);
    expect(run.status).toBe(1);
    const what =
      "must be an argument position counted from 0 as written (0, 1, 2) or an argument name (`event`): a Swift label, a Kotlin named argument, a Ruby or Python keyword, the key of an `object` wrapper's argument.";
    expect(run.stdout.split('\n')).toEqual([
      `tracking-plan.yaml:5:29: error: code.trackers[1].event: ${what}`,
      `tracking-plan.yaml:5:48: error: code.trackers[1].distinctId: ${what}`,
      'tracking-plan.yaml: invalid: 2 errors',
      '',
    ]);
  });

  it('exits 0 with warnings for drift', () => {
    const dir = tempDir({
      'tracking-plan.yaml':
        'version: 1\nevents:\n  a: { eventName: A, properties: { orderId: { type: string } } }\n  b: { eventName: B, properties: { order_id: { type: string } } }\n',
    });
    const run = trackplan(['validate', '--plan', 'tracking-plan.yaml'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'tracking-plan.yaml:4:36: warning: property `order_id` (events.b) differs from `orderId` (events.a) only in case or separators\n',
    );
    expect(run.stdout).toContain('tracking-plan.yaml: valid (2 events, 0 super properties, 0 people properties, 0 products), 1 warning\n');
  });

  it('reports a trailing comma in a JSON plan without a stack trace', () => {
    const dir = tempDir({ 'tracking-plan.json': '{\n  "version": 1,\n}\n' });
    const run = trackplan(['validate'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('tracking-plan.json:3:1: error: JSON syntax error: trailing comma (not allowed in JSON)\ntracking-plan.json: invalid: 1 error\n');
    expect(run.stderr).toBe('');
  });

  it('exits 2 with one line for a missing plan file', () => {
    const dir = tempDir();
    const run = trackplan(['validate', '--plan', 'plans/tracking-plan.yaml'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('trackplan: plans/tracking-plan.yaml: no such file\n');
  });

  it('exits 2 when no plan is found above the working directory', () => {
    const dir = tempDir();
    const run = trackplan(['validate'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`trackplan: no tracking-plan.yaml, tracking-plan.yml, tracking-plan.json in ${dir} or any folder above it; pass --plan PATH\n`);
  });

  it('exits 2 for an unknown option or command, pointing at --help', () => {
    const dir = tempDir({ 'tracking-plan.yaml': validPlan });
    expect(trackplan(['validate', '--plna', 'x'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^trackplan: Unknown option '--plna'.*; run `trackplan validate --help`\n$/),
    });
    expect(trackplan(['vaildate'], dir)).toMatchObject({ status: 2, stderr: 'trackplan: unknown command `vaildate`; run `trackplan --help` for the list\n' });
  });

  it('prints help for the CLI and for the command', () => {
    const dir = tempDir();
    const main = trackplan(['--help'], dir);
    expect(main.status).toBe(0);
    expect(main.stdout).toContain('validate   check tracking plans');
    const command = trackplan(['validate', '--help'], dir);
    expect(command.status).toBe(0);
    expect(command.stdout).toContain('Usage: trackplan validate [PLAN...] [--all]');
    expect(command.stdout).toContain('Exit status: 0 all valid (warnings allowed), 1 any invalid, 2 usage or I/O error.');
  });

  it('prints no colour codes when output is not a terminal, even with FORCE_COLOR', () => {
    const dir = tempDir({ 'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventNme: X }\n' });
    const run = trackplan(['validate'], dir, { FORCE_COLOR: '1' });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });
});
