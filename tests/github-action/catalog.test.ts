import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { gitRepo } from '../helpers/git-repo.js';
import { runAction } from '../helpers/run-action.js';

const plan = (extra = '') => `version: 1
products:
  web: { owners: ["@shop/web"], paths: ["web/**"], side: client }
events:
  signedUp: { eventName: Signed up, products: [web] }
${extra}`;

function shop() {
  const repo = gitRepo({
    'tracking-plan.yaml': plan(),
    'web/signup.ts': "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Signed up');\n",
  });
  repo.commit({ 'tracking-plan.yaml': plan('  orderCompleted: { eventName: Order completed, products: [web] }\n') }, 'Plan Order completed');
  return repo;
}

describe('the bundled action publishes the catalog site', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await github.stop();
  });

  it('on a push, writes the catalog for a Pages deploy step and comments nothing', async () => {
    const repo = shop();
    const head = repo.git('rev-parse', 'HEAD').trim();
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: github.url,
      baseSha: '',
      headSha: '',
      inputs: { catalog: '_site', 'catalog-history': '5' },
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: head } },
      env: { GITHUB_SERVER_URL: 'https://github.com' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('trackplan: wrote the catalog of tracking-plan.yaml (2 events, 1 call sites) to _site');
    expect(run.outputs['catalog-path']).toBe(join(repo.dir, '_site'));
    expect(github.requests).toEqual([]);
    const catalog = JSON.parse(readFileSync(join(repo.dir, '_site/catalog.json'), 'utf8')) as { baseUrl: string; history: { subject: string }[] };
    expect(catalog.baseUrl).toBe('https://github.com/acme/shop');
    expect(catalog.history.map((r) => r.subject)).toEqual(['Plan Order completed', 'initial']);
    expect(readFileSync(join(repo.dir, '_site/events/signed-up.html'), 'utf8')).toContain(`https://github.com/acme/shop/blob/${head}/web/signup.ts#L2`);
  });

  it('fails with one line when the folder holds something else, and leaves it as it was', async () => {
    const repo = shop();
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: github.url,
      baseSha: '',
      headSha: '',
      inputs: { catalog: 'web' },
      event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error::trackplan: cannot write the catalog: the catalog folder web: the folder is not empty and holds no trackplan catalog; choose an empty or new folder',
    );
    expect(existsSync(join(repo.dir, 'web/index.html'))).toBe(false);
  });

  it('with several plans, writes a catalog per plan in its own folder and a page that links them', async () => {
    const repo = gitRepo({
      'apps/web/tracking-plan.yaml': plan(),
      'services/api/tracking-plan.yaml': plan('  orderCompleted: { eventName: Order completed }\n'),
    });
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: github.url,
      baseSha: '',
      headSha: '',
      inputs: { plan: 'apps/web/tracking-plan.yaml\nservices/api/tracking-plan.yaml', catalog: '_site', 'catalog-history': '0' },
      event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    });
    expect(run.status).toBe(0);
    const index = readFileSync(join(repo.dir, '_site/index.html'), 'utf8');
    expect(index).toContain('<a class="name" href="apps-web-tracking-plan/index.html">apps/web/tracking-plan.yaml</a>');
    expect(index).toContain('<a class="name" href="services-api-tracking-plan/index.html">services/api/tracking-plan.yaml</a>');
    expect(existsSync(join(repo.dir, '_site/services-api-tracking-plan/events/order-completed.html'))).toBe(true);
  });
});
