import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const plan = (paymentMethods: string, extra = '') => `version: 1
include: [plans/*.yaml]
products:
  web: { owners: ["@acme/web"] }
  backend: { owners: ["@acme/api"] }
events:
  orderCompleted:
    eventName: Order completed
    products: [backend]
    properties:
      paymentMethod: { type: string, enum: [${paymentMethods}] }
${extra}`;
const mobilePlans = (description: string) => `events:\n  appOpened:\n    eventName: App opened\n    products: [web]\n    description: ${description}\n`;

describe('trackplan diff', () => {
  it('diffs a plan at a git revision (includes read from the same revision) against the working tree', () => {
    const repo = gitRepo({ 'tracking-plan.yaml': plan('card, paypal'), 'plans/app.yaml': mobilePlans('Opened.') });
    repo.commit({ 'tracking-plan.yaml': plan('card, klarna'), 'plans/app.yaml': mobilePlans('The app came to the foreground.') }, 'change the plan');
    const run = trackplan(['diff', 'HEAD~1:tracking-plan.yaml', 'tracking-plan.yaml'], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'BREAKING   Event "Order completed", property "paymentMethod": enum value "paypal" removed',
        'DANGEROUS  Event "Order completed", property "paymentMethod": enum value "klarna" added',
        'safe       Event "App opened": description changed',
        '',
        '1 breaking, 1 dangerous, 1 safe',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
  });

  it('reads both sides from git, from a subfolder with ./ paths', () => {
    const repo = gitRepo({ 'apps/shop/tracking-plan.yaml': plan('card'), 'apps/shop/plans/app.yaml': mobilePlans('Opened.') });
    repo.commit({ 'apps/shop/tracking-plan.yaml': plan('card, klarna') }, 'add klarna');
    const run = trackplan(['diff', 'HEAD~1:./tracking-plan.yaml', 'HEAD:apps/shop/tracking-plan.yaml', '--fail-on', 'dangerous'], join(repo.dir, 'apps/shop'));
    expect(run.stdout).toContain('DANGEROUS  Event "Order completed", property "paymentMethod": enum value "klarna" added');
    expect(run.status).toBe(1);
  });

  it('exits by --fail-on: 0 below the level, 1 at or above it', () => {
    const dir = tempDir({
      'base.yaml': plan('card').replace('include: [plans/*.yaml]\n', ''),
      'head.yaml': plan('card, klarna').replace('include: [plans/*.yaml]\n', ''),
    });
    expect(trackplan(['diff', 'base.yaml', 'head.yaml'], dir).status).toBe(0);
    expect(trackplan(['diff', 'base.yaml', 'head.yaml', '--fail-on', 'dangerous'], dir).status).toBe(1);
    expect(trackplan(['diff', 'head.yaml', 'base.yaml', '--fail-on', 'none'], dir).status).toBe(0);
  });

  it('prints JSON and markdown', () => {
    const dir = tempDir({
      'base.yaml': plan('card').replace('include: [plans/*.yaml]\n', ''),
      'head.yaml': plan('card, klarna').replace('include: [plans/*.yaml]\n', ''),
    });
    const json = JSON.parse(trackplan(['diff', 'base.yaml', 'head.yaml', '--format', 'json'], dir).stdout);
    expect(json.summary).toEqual({ breaking: 0, dangerous: 1, safe: 0 });
    expect(json.changes[0]).toMatchObject({
      kind: 'property-enum-value-added',
      severity: 'dangerous',
      event: 'orderCompleted',
      eventName: 'Order completed',
      property: 'paymentMethod',
      products: ['backend'],
      after: 'klarna',
      message: 'Event "Order completed", property "paymentMethod": enum value "klarna" added',
    });
    const markdown = trackplan(['diff', 'base.yaml', 'head.yaml', '--format', 'markdown'], dir).stdout;
    expect(markdown).toContain('#### `backend`\n\nOwners: @acme/api\n');
    expect(markdown).not.toContain('@acme/web');
  });

  it('exits 2 with one line for an unknown revision, a file missing at a revision, or a missing file', () => {
    const repo = gitRepo({ 'tracking-plan.yaml': plan('card').replace('include: [plans/*.yaml]\n', '') });
    expect(trackplan(['diff', 'nope:tracking-plan.yaml', 'tracking-plan.yaml'], repo.dir)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'trackplan: unknown git revision `nope`\n',
    });
    expect(trackplan(['diff', 'HEAD:other.yaml', 'tracking-plan.yaml'], repo.dir)).toMatchObject({
      status: 2,
      stderr: 'trackplan: other.yaml: does not exist at HEAD\n',
    });
    expect(trackplan(['diff', 'missing.yaml', 'tracking-plan.yaml'], repo.dir)).toMatchObject({ status: 2, stderr: 'trackplan: missing.yaml: no such file\n' });
    expect(trackplan(['diff', 'tracking-plan.yaml'], repo.dir)).toMatchObject({
      status: 2,
      stderr: 'trackplan: diff takes two plans, BASE and HEAD; run `trackplan diff --help`\n',
    });
    expect(trackplan(['diff', 'a', 'b', '--format', 'html'], repo.dir)).toMatchObject({
      status: 2,
      stderr: 'trackplan: --format must be one of text, markdown, json (got `html`)\n',
    });
  });

  it('refuses to diff an invalid plan, saying why', () => {
    const dir = tempDir({ 'base.yaml': 'version: 1\n', 'head.yaml': 'version: 1\nevents:\n  a: { eventNme: X }\n' });
    const run = trackplan(['diff', 'base.yaml', 'head.yaml'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'trackplan: cannot diff: head.yaml is not a valid plan\nhead.yaml:3:8: error: unknown key `eventNme` in events.a (did you mean `eventName`?)\n',
    );
  });
});
