import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@trackplan/schema';
import { gitRepo } from '../helpers/git-repo.js';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAN_V1 = `version: 1
products:
  web: { description: the web shop, owners: ["@shop/web"], paths: ["web/**"], side: client }
  api: { description: the API, owners: ["@shop/api"], paths: ["api/**"], side: server }
$defs:
  currency: { type: string, pattern: "^[A-Z]{3}$", description: ISO 4217 code. }
events:
  oldOrder:
    eventName: Order Completed
    products: [web]
`;

/**
 * The second commit: one spelling for every product — the old one deprecated in favour of the new,
 * which the API sends too — and an event nobody sends yet.
 */
const PLAN_V2 = `${PLAN_V1.replace(
  '    products: [web]\n',
  '    products: [web]\n    status: deprecated\n    replacedBy: orderCompleted\n    since: 2026-06-01\n    reason: One spelling\n',
)}  orderCompleted:
    eventName: Order completed
    description: An order was paid.
    products: [web, api]
    properties:
      currency: { $ref: "#/$defs/currency" }
      total: { type: number, minimum: 0 }
    required: [total]
  wishlistShared:
    eventName: Wishlist shared
    description: A <b>wishlist</b> link was shared.
    products: [web]
`;

function shop() {
  const repo = gitRepo({
    'tracking-plan.yaml': PLAN_V1,
    'web/checkout.ts':
      "import mixpanel from 'mixpanel-browser';\n\nmixpanel.track('Order Completed', { total: 3 });\nmixpanel.track('Order completed', { total: 3 });\n",
    'api/orders.py': 'from mixpanel import Mixpanel\nmp = Mixpanel("t")\nprint("Order completed")\nmp.track(user.id, "Order completed", {"total": 3})\n',
  });
  repo.commit({ 'tracking-plan.yaml': PLAN_V2 }, 'One spelling for Order completed');
  return repo;
}

const readCatalog = (dir: string): Catalog => JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as Catalog;

describe('trackplan catalog', () => {
  it('writes the site: pages, the data, call sites by recognition, lifecycle in words, history with risk', () => {
    const repo = shop();
    const head = repo.git('rev-parse', 'HEAD').trim();
    const run = trackplan(['catalog', '--out', 'site', '--history', '5', '--base-url', 'https://github.com/shop/app/', '--title', 'Shop events'], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('wrote the catalog of 3 events (3 call sites; 1 planned but never sent) to site: open site/index.html\n');
    const site = join(repo.dir, 'site');
    for (const file of [
      'index.html',
      'people.html',
      'super-properties.html',
      'definitions.html',
      'changes.html',
      'events/old-order.html',
      'events/order-completed.html',
      'events/wishlist-shared.html',
      'assets/catalog.css',
      'assets/catalog.js',
      'assets/catalog-index.js',
      '.nojekyll',
    ])
      expect(existsSync(join(site, file)), file).toBe(true);

    const catalog = readCatalog(site);
    expect(catalog.title).toBe('Shop events');
    expect(catalog.commit).toBe(head);
    const order = catalog.events.find((e) => e.key === 'orderCompleted')!;
    // The Python log line that spells the event is not a call site.
    expect(order.callSites).toEqual([
      { file: 'api/orders.py', line: 4, eventName: 'Order completed', products: ['api'] },
      { file: 'web/checkout.ts', line: 4, eventName: 'Order completed', products: ['web'] },
    ]);
    const old = catalog.events.find((e) => e.key === 'oldOrder')!;
    expect(old.lifecycle).toBe(
      'Use “Order completed” from 2026-06-01 on; before that, the web shop sent “Order Completed”, and older app versions may still send it. Why: One spelling.',
    );
    expect(old.milestones.map((m) => m.what)).toEqual(['deprecated', 'added']);
    expect(order.milestones.map((m) => m.what)).toEqual(['added']);
    expect(catalog.history.map((r) => r.subject)).toEqual(['One spelling for Order completed', 'initial']);
    expect(catalog.history[0]!.changes.map((c) => `${c.severity}: ${c.message}`)).toEqual([
      'dangerous: Event "Order Completed": deprecated',
      'safe: Event "Order completed": added with 2 properties',
      'safe: Event "Wishlist shared": added',
    ]);
    expect(catalog.definitions).toEqual([
      expect.objectContaining({
        name: 'currency',
        usedBy: [{ section: 'event', event: expect.objectContaining({ key: 'orderCompleted' }), property: 'currency' }],
      }),
    ]);

    const page = readFileSync(join(site, 'events/order-completed.html'), 'utf8');
    expect(page).toContain(`<a href="https://github.com/shop/app/blob/${head}/web/checkout.ts#L4"><code>web/checkout.ts:4</code></a>`);
    expect(page).toContain('<a href="../definitions.html#def-currency">currency</a>');
    expect(readFileSync(join(site, 'events/old-order.html'), 'utf8')).toMatch(
      /<dt>Replaced by<\/dt>\s*<dd><a href="\.\.\/events\/order-completed\.html">Order completed<\/a><\/dd>/,
    );
    const wishlist = readFileSync(join(site, 'events/wishlist-shared.html'), 'utf8');
    expect(wishlist).toContain('A &lt;b&gt;wishlist&lt;/b&gt; link was shared.');
    expect(wishlist).toContain('planned, never sent');
  });

  it('replaces an earlier catalog (a removed event leaves no page) and keeps what else is there', () => {
    const repo = shop();
    expect(trackplan(['catalog', '--out', 'site'], repo.dir).status).toBe(0);
    writeFileSync(join(repo.dir, 'site/CNAME'), 'events.shop.example\n');
    writeFileSync(join(repo.dir, 'tracking-plan.yaml'), PLAN_V2.replace(/ {2}wishlistShared:[\s\S]*$/, ''));
    const run = trackplan(['catalog', '--out', 'site'], repo.dir);
    expect(run.status).toBe(0);
    expect(existsSync(join(repo.dir, 'site/events/wishlist-shared.html'))).toBe(false);
    expect(readFileSync(join(repo.dir, 'site/CNAME'), 'utf8')).toBe('events.shop.example\n');
  });

  it('refuses to write into a folder that holds something else, and touches nothing in it', () => {
    const repo = shop();
    writeFileSync(join(repo.dir, 'notes.txt'), 'mine');
    const run = trackplan(['catalog', '--out', '.'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('trackplan: --out .: the folder is not empty and holds no trackplan catalog; choose an empty or new folder\n');
    expect(readFileSync(join(repo.dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(repo.dir, 'index.html'))).toBe(false);
  });

  it('says what is wrong with its options in one line and exits 2; an invalid plan exits 1; a history outside git is said, the site still written', () => {
    const repo = shop();
    const cases: [string[], string][] = [
      [[], 'trackplan: --out DIR is required: the folder to write the site into\n'],
      [['--out', 's', '--history', 'ten'], 'trackplan: --history ten: expected a whole number from 0 to 500\n'],
      [
        ['--out', 's', '--base-url', 'https://me:secret@github.com/shop/app'],
        'trackplan: --base-url: an address with credentials in it is refused (they would be published in every link)\n',
      ],
      [
        ['--out', 's', '--base-url', 'github.com/shop'],
        "trackplan: --base-url github.com/shop: not a URL (expected the repository's address, such as https://github.com/acme/shop)\n",
      ],
    ];
    for (const [args, message] of cases) {
      const run = trackplan(['catalog', ...args], repo.dir);
      expect(run.stderr).toBe(message);
      expect(run.status).toBe(2);
    }
    const outside = tempDir({ 'tracking-plan.yaml': PLAN_V1 });
    const noGit = trackplan(['catalog', '--out', 's', '--history', '3'], outside);
    expect(noGit.status).toBe(0);
    expect(noGit.stderr).toMatch(/^trackplan: no history: .*tracking-plan\.yaml is not in a git repository\n$/);
    const broken = tempDir({ 'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: A, status: gone }\n' });
    const invalid = trackplan(['catalog', '--out', 's'], broken);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('the tracking plan is invalid');
  });

  it('in a shallow clone, the history stops where the clone does and says why, instead of showing the plan as new', () => {
    const repo = shop();
    const clone = tempDir();
    repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, join(clone, 'shallow'));
    const run = trackplan(['catalog', '--out', 'site', '--history', '5'], join(clone, 'shallow'));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('trackplan: the history stops after 0 commits: the clone is shallow (in GitHub Actions, checkout with fetch-depth: 0)\n');
    expect(readCatalog(join(clone, 'shallow/site')).history).toEqual([]);
  });

  it('takes the repository address from GitHub Actions when no --base-url is given', () => {
    const repo = shop();
    const run = trackplan(['catalog', '--out', 'site'], repo.dir, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'shop/app' });
    expect(run.status).toBe(0);
    expect(readCatalog(join(repo.dir, 'site')).baseUrl).toBe('https://github.com/shop/app');
  });
});
