import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { gitRepo } from '../helpers/git-repo.js';
import { runAction } from '../helpers/run-action.js';

const plan = (paymentMethods: string, extraEvents = '') => `version: 1
products:
  web: { owners: ["@acme/web"], paths: ["web/**"] }
  backend: { owners: ["@acme/api"], paths: ["api/**"] }
events:
  orderCompleted:
    eventName: Order completed
    products: [backend]
    properties:
      paymentMethod: { type: string, enum: [${paymentMethods}] }
  signedUp:
    eventName: Signed up
    products: [web]
${extraEvents}`;

/** A repository whose pull request removes `paypal` (breaking) and adds `klarna` (dangerous). */
function pullRequest() {
  const repo = gitRepo({
    'tracking-plan.yaml': plan('card, paypal'),
    'api/orders.ts':
      "import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\nmp.track('Order completed', { distinct_id: 'u', paymentMethod: 'paypal' });\n",
    'ios/Checkout.swift': 'import Mixpanel\nMixpanel.mainInstance().track(event: "Order completed", properties: ["paymentMethod": "card"])\n',
    'services/orders.py':
      'import logging\nfrom mixpanel import Mixpanel\nmp = Mixpanel(token)\nlogging.info("sent \'Order completed\'")\nmp.track(user.id, "Order completed", {"paymentMethod": "card"})\n',
  });
  const baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'feature');
  const headSha = repo.commit({ 'tracking-plan.yaml': plan('card, klarna') }, 'swap paypal for klarna');
  return { repo, baseSha, headSha };
}

/** Workflow-command annotations as `severity file:line title: message`, whatever order the runner's properties come in. */
function annotations(stdout: string): string[] {
  return [...stdout.matchAll(/^::(error|warning) (.+?)::(.*)$/gm)].map(([, severity, props, message]) => {
    const p = Object.fromEntries(props!.split(',').map((kv) => kv.split('=') as [string, string]));
    return `${severity} ${p.file}:${p.line} ${p.title}: ${message}`;
  });
}

describe('the bundled GitHub Action against a stand-in API', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await github.stop();
  });

  it('creates one comment, then updates the same comment on the next run', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    const first = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(first.stdout).toContain('tracking-plan.yaml: 1 breaking, 1 dangerous, 0 safe');
    expect(first.status).toBe(1);
    expect(first.stdout).toContain(
      '::error::1 breaking tracking plan changes: review them with every product team named in the comment, then add the label `trackplan:approved-breaking` to approve',
    );
    expect(github.comments).toHaveLength(1);
    const [comment] = github.comments;
    expect(comment!.user.login).toBe('github-actions[bot]');
    expect(comment!.body).toContain('<!-- trackplan:comment plan=tracking-plan.yaml -->');
    expect(comment!.body).toContain('#### `backend`\n\nOwners: @acme/api');
    expect(comment!.body).toContain('| 🔴 breaking | `Order completed` | `paymentMethod` | enum value "paypal" removed |');
    // Call sites, each by its language's recognition: JS/TS, Swift and Python alike, and not the log line.
    expect(comment!.body).toContain('`api/orders.ts:3`<br>`ios/Checkout.swift:2`<br>`services/orders.py:5`');
    expect(first.outputs).toEqual({ breaking: '1', dangerous: '1', safe: '0', 'comment-url': comment!.html_url });
    expect(first.summary).toContain('### Tracking plan changes: tracking-plan.yaml');
    // Annotations on the plan's changed lines: breaking as errors, dangerous as warnings.
    expect(annotations(first.stdout)).toEqual(
      expect.arrayContaining([
        'error tracking-plan.yaml:10 trackplan%3A breaking change: Event "Order completed", property "paymentMethod": enum value "paypal" removed. Calls that still send this value become invalid, and reports filtering on it go empty.',
        'warning tracking-plan.yaml:10 trackplan%3A dangerous change: Event "Order completed", property "paymentMethod": enum value "klarna" added. Reports that filter or group by this property will meet a value they do not know.',
      ]),
    );

    repo.commit({ 'tracking-plan.yaml': plan('card, klarna', '  newsletterJoined: { eventName: Newsletter joined }\n') }, 'one more event');
    const second = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha: repo.git('rev-parse', 'HEAD').trim() });
    expect(second.stdout).toContain('1 breaking, 1 dangerous, 1 safe');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.id).toBe(comment!.id);
    expect(github.comments[0]!.body).toContain('Newsletter joined');
    expect(github.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/acme/shop/issues/7/comments',
      `PATCH /repos/acme/shop/issues/comments/${comment!.id}`,
    ]);
  });

  it('lists JS/TS call sites found by the plugin’s recognition: a call through an imported constant is listed where it is made', async () => {
    const repo = gitRepo({
      'tracking-plan.yaml': plan('card, paypal'),
      'web/events.ts': "export const EVENTS = { ORDER: 'Order completed' } as const;\n",
      'web/checkout.ts':
        "import mixpanel from 'mixpanel-browser';\nimport { EVENTS } from './events';\n\nexport const pay = () => mixpanel.track(EVENTS.ORDER, { paymentMethod: 'card' });\n",
      'web/notes.ts': "// 'Order completed' is only mentioned here, in a comment\nexport const x = 1;\n",
    });
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'feature');
    const headSha = repo.commit({ 'tracking-plan.yaml': plan('card') }, 'drop paypal');
    await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    const row = github.comments[0]!.body.split('\n').find((l) => l.includes('enum value "paypal" removed'))!;
    expect(row).toContain('`web/checkout.ts:4`');
    expect(row).not.toContain('web/events.ts');
    expect(row).not.toContain('web/notes.ts');

    // With recognize-calls: false, JS/TS files are searched as text, like every other language.
    const text = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha, inputs: { 'recognize-calls': 'false' } });
    expect(text.status).toBe(1);
    const textRow = github.comments[0]!.body.split('\n').find((l) => l.includes('enum value "paypal" removed'))!;
    expect(textRow).toContain('`web/events.ts:1`<br>`web/notes.ts:1`');
  });

  it('lists a Kotlin call that names the event through a constant of another file, which alone spells it', async () => {
    const repo = gitRepo({
      'tracking-plan.yaml': plan('card, paypal'),
      'android/Events.kt': 'object Events {\n    const val ORDER = "Order completed"\n}\n',
      'android/Checkout.kt':
        'import com.mixpanel.android.mpmetrics.MixpanelAPI\nfun done() {\n    MixpanelAPI.getInstance(ctx, "t").track(Events.ORDER, null)\n}\n',
      'android/Settings.java': 'class Settings {}\n',
    });
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'feature');
    const headSha = repo.commit({ 'tracking-plan.yaml': plan('card') }, 'drop paypal');
    await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    const row = github.comments[0]!.body.split('\n').find((l) => l.includes('enum value "paypal" removed'))!;
    expect(row).toMatch(/\| `android\/Checkout\.kt:3` \|$/);
  });

  it('never follows a symlink in the call-site search: not to /dev/zero, not out of the workspace', async () => {
    const outside = tempDir({ 'Elsewhere.swift': 'import Mixpanel\nMixpanel.mainInstance().track(event: "Order completed")\n' });
    const { repo, baseSha } = pullRequest();
    symlinkSync('/dev/zero', join(repo.dir, 'Zero.swift'));
    symlinkSync(join(outside, 'Elsewhere.swift'), join(repo.dir, 'Elsewhere.swift'));
    symlinkSync('/dev/zero', join(repo.dir, 'api/zero.ts'));
    const headSha = repo.commit({ 'tracking-plan.yaml': plan('card') }, 'links');
    const started = Date.now();
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.status).toBe(1);
    const row = github.comments[0]!.body.split('\n').find((l) => l.includes('enum value "paypal" removed'))!;
    expect(row).toContain('`api/orders.ts:3`<br>`ios/Checkout.swift:2`');
    expect(row).not.toContain('Elsewhere');
    expect(row).not.toContain('Zero');
  });

  it('finds its comment on page 2 of 120, and never edits a copy of its marker by someone else', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    const marker = '<!-- trackplan:comment plan=tracking-plan.yaml -->';
    for (let i = 0; i < 60; i++) github.addComment('someone', `comment ${i}`);
    const forged = github.addComment('mallory', `${marker}\nforged`);
    for (let i = 0; i < 45; i++) github.addComment('someone', `comment ${i}`);
    const ours = github.addComment('github-actions[bot]', `${marker}\nold report`);
    for (let i = 0; i < 13; i++) github.addComment('someone', `late ${i}`);
    expect(github.comments).toHaveLength(120);

    await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(github.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /repos/acme/shop/issues/comments/${ours.id}`]);
    expect(forged.body).toBe(`${marker}\nforged`);
    expect(github.requests.filter((r) => r.path.startsWith('/repos/acme/shop/issues/7/comments')).map((r) => r.path)).toEqual([
      '/repos/acme/shop/issues/7/comments?per_page=100',
      '/repos/acme/shop/issues/7/comments?per_page=100&page=2',
    ]);
  });

  it('comments as the token’s user when GET /user answers (a personal token), ignoring the bot’s comments', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    github.tokenUser = 'release-bot';
    github.addComment('github-actions[bot]', '<!-- trackplan:comment plan=tracking-plan.yaml -->\nold');
    await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(github.comments.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'release-bot']);
  });

  it('retries a 502 and succeeds', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    github.failures.set('POST /repos/acme/shop/issues/7/comments', [502]);
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha, inputs: { 'fail-on': 'none' } });
    expect(run.status).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  }, 30_000);

  it('an API that accepts connections and never answers fails the run within its budget, with the reason', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    github.stall.add('GET /repos/acme/shop/issues/7/labels');
    const started = Date.now();
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha, inputs: { 'http-timeout': '0.3', 'http-budget': '1' } });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::trackplan: the GitHub API gave no answer for 1 s, retries included (the http-budget input); giving up');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('does not obey a rate-limit wait of a day: the run fails saying so', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    github.rateLimits.set('GET /repos/acme/shop/issues/7/comments', 86400);
    const started = Date.now();
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('asks to wait 86400 s, longer than trackplan waits (60 s); giving up');
  }, 30_000);

  it('with a read-only token (a fork): writes the summary, says why there is no comment, and still applies fail-on', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    github.failures.set('POST /repos/acme/shop/issues/7/comments', [403]);
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(github.comments).toHaveLength(0);
    expect(run.stdout).toContain('::warning::trackplan: no comment on this pull request: the token cannot write to it');
    expect(run.summary).toContain('enum value "paypal" removed');
    expect(run.status).toBe(1);
  });

  it('with check: true, annotates tracking-call findings on the lines the pull request changes, in every language, and fails on errors', async () => {
    const { repo, baseSha } = pullRequest();
    const headSha = repo.commit(
      {
        'services/orders.py':
          'import logging\nfrom mixpanel import Mixpanel\nmp = Mixpanel(token)\nlogging.info("sent \'Order completed\'")\nmp.track(user.id, "Order completed", {"paymentMethod": "card"})\nmp.track(user.email, "Order completed", {"paymentMethod": "paypal"})\n',
        'ios/Checkout.swift':
          'import Mixpanel\nMixpanel.mainInstance().track(event: "Order completed", properties: ["paymentMethod": "card"])\nMixpanel.mainInstance().track(event: "Order Completed")\n',
      },
      'new calls',
    );
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha, inputs: { check: 'true', 'fail-on': 'none' } });
    const checks = annotations(run.stdout).filter((a) => !a.includes(' change: '));
    expect(checks).toEqual([
      'error ios/Checkout.swift:3 trackplan%3A known-event: Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
      'error services/orders.py:6 trackplan%3A stable-identity: This call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Mixpanel sees a new person and splits their history.',
      // The value this very pull request removes from the plan, sent on a line it adds.
      'error services/orders.py:6 trackplan%3A valid-properties: `paymentMethod` must be one of "card", "klarna", not "paypal" (event `Order completed`).',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('3 tracking-call errors against tracking-plan.yaml on the lines this pull request changes');
    // Off by default: the same pull request passes with fail-on none.
    expect((await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha, inputs: { 'fail-on': 'none' } })).status).toBe(0);
  });

  it('passes when the approval label is on the pull request (read from the API, not the payload)', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    github.labels = ['trackplan:approved-breaking'];
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 breaking tracking plan changes, approved by the label trackplan:approved-breaking');
  });

  it('updates the comment to say the plan no longer changes when the diff is reverted', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    const reverted = repo.commit({ 'tracking-plan.yaml': plan('card, paypal') }, 'revert');
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha: reverted });
    expect(run.status).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('This pull request no longer changes the plan.');
    expect(run.outputs).toMatchObject({ breaking: '0', dangerous: '0', safe: '0' });
  });

  it('diffs against the merge base, not base.sha, when main has moved on', async () => {
    const { repo, baseSha, headSha } = pullRequest();
    repo.git('checkout', '-q', 'main');
    const movedMain = repo.commit({ 'tracking-plan.yaml': plan('card, paypal', '  onMain: { eventName: Added on main }\n') }, 'main moves on');
    repo.git('checkout', '-q', 'feature');
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha: movedMain, headSha });
    expect(run.stdout).toContain(`1 breaking, 1 dangerous, 0 safe (merge base ${baseSha.slice(0, 7)})`);
    expect(github.comments[0]!.body).not.toContain('Added on main');
  });

  it('says how to fix the checkout when the base commit is missing', async () => {
    const { repo, headSha } = pullRequest();
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha: '0123456789abcdef0123456789abcdef01234567', headSha });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::trackplan: the checkout does not have the commits to compare (0123456 and');
    expect(run.stdout).toContain('use actions/checkout with `fetch-depth: 0`');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('diffs a plan new on this pull request against an empty plan', async () => {
    const repo = gitRepo({ 'README.md': 'shop\n' });
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    const headSha = repo.commit({ 'tracking-plan.yaml': plan('card') }, 'add a plan');
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ breaking: '0', dangerous: '0', safe: '4' });
  });

  it('keeps a huge diff under 65,536 characters', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `  event${i}: { eventName: Event number ${i} with a rather long name, products: [web] }`).join('\n');
    const repo = gitRepo({ 'tracking-plan.yaml': plan('card') });
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    const headSha = repo.commit({ 'tracking-plan.yaml': plan('card', `${many}\n`) }, 'many events');
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(run.outputs.safe).toBe('3000');
    expect(github.comments[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(github.comments[0]!.body).toContain('#### `web`\n\nOwners: @acme/web\n\n_3000 safe changes._');
  });

  it('an invalid plan with 60 errors of 5 KB each still gets a comment within 65,536 characters', async () => {
    const repo = gitRepo({ 'tracking-plan.yaml': plan('card') });
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    const junk = Array.from({ length: 60 }, (_, i) => `  ${'k'.repeat(5000)}${i}: 1`).join('\n');
    const headSha = repo.commit(
      {
        'tracking-plan.yaml': `${plan('card')}x-ok: 1\nbogus:\n${junk}\n`.replace(
          'version: 1\n',
          `version: 1\n${Array.from({ length: 60 }, (_, i) => `${'z'.repeat(5000)}${i}: 1`).join('\n')}\n`,
        ),
      },
      'junk',
    );
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(run.status).toBe(1);
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\*\*The plan is invalid\*\* \(61 errors\)/);
    expect(body).toMatch(/- …and \d+ more: run `npx trackplan validate`$/);
  }, 30_000);

  it("a plan string cannot forge the marker of another plan's comment, and a quote of the marker is not ours", async () => {
    const planB = 'apps/b/tracking-plan.yaml';
    const markerB = `<!-- trackplan:comment plan=${encodeURIComponent(planB)} -->`;
    const repo = gitRepo({ 'apps/a/tracking-plan.yaml': plan('card'), [planB]: plan('card') });
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'feature');
    const headSha = repo.commit({ 'apps/a/tracking-plan.yaml': plan('card', `  forged: { eventName: "${markerB}", products: [web] }\n`) }, 'forge');
    const quoting = github.addComment('github-actions[bot]', `Another workflow says:\n${markerB}`);
    // Plan a changes (its new event is named like b's marker); plan b does not, so b has nothing to update.
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha, inputs: { plan: `apps/a/tracking-plan.yaml\n${planB}` } });
    expect(run.status).toBe(0);
    expect(quoting.body).toBe(`Another workflow says:\n${markerB}`);
    expect(github.comments).toHaveLength(2);
    const commentA = github.comments.find((c) => c.body.startsWith('<!-- trackplan:comment plan=apps%2Fa'))!;
    expect(commentA.body).toContain('1 safe');
    expect(commentA.body.split('\n').filter((line) => line.includes('<!--'))).toEqual(['<!-- trackplan:comment plan=apps%2Fa%2Ftracking-plan.yaml -->']);
    // Run again: b still finds no comment of its own, and leaves a's alone.
    await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha, inputs: { plan: `apps/a/tracking-plan.yaml\n${planB}` } });
    expect(commentA.body).toContain('1 safe');
    expect(github.comments).toHaveLength(2);
  }, 30_000);

  it('reports an invalid plan in the comment and fails', async () => {
    const repo = gitRepo({ 'tracking-plan.yaml': plan('card') });
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    const headSha = repo.commit({ 'tracking-plan.yaml': plan('card').replace('eventName: Signed up', 'eventNme: Signed up') }, 'typo');
    const run = await runAction({ workspace: repo.dir, apiUrl: github.url, baseSha, headSha });
    expect(run.status).toBe(1);
    expect(github.comments[0]!.body).toContain('**The plan is invalid** (1 error)');
    expect(annotations(run.stdout)).toEqual([
      'error tracking-plan.yaml:12 trackplan%3A invalid plan: unknown key `eventNme` in events.signedUp (did you mean `eventName`?)',
    ]);
  });
});
