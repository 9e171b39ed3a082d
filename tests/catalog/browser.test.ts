import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumForTests } from '../helpers/chromium.js';
import { trackplan } from '../helpers/run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browserPath = chromiumForTests();

/** The example company's catalog, opened from file:// in the operating system's Chromium, as a reader would. */
describe.skipIf(browserPath.skip !== undefined)(`the catalog of examples/acme in Chromium${browserPath.skip ? ` (skipped: ${browserPath.skip})` : ''}`, () => {
  let browser: Browser;
  let site: string;
  const problems: string[] = [];
  const url = (path: string): string => pathToFileURL(join(site, path)).href;

  /** A page that records every console error and uncaught exception into `problems`. */
  async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number; record?: boolean } = {}): Promise<Page> {
    const page = await browser.newPage({ colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1200, height: 900 } });
    // axe-core's own requests for the stylesheet (blocked from file://, by design) are not the site's.
    if (options.record === false) {
      await page.goto(url(path));
      return page;
    }
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path}: console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) problems.push(`${path}: asked another host: ${r.url()}`);
    });
    await page.goto(url(path));
    return page;
  }

  /** The event names a reader sees listed, once each (an event is listed under each of its products). */
  const visibleEvents = (page: Page): Promise<string[]> =>
    page.$$eval('li[data-event] a.name', (links) => [...new Set(links.filter((a) => a.checkVisibility()).map((a) => a.textContent))].sort() as string[]);

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'trackplan-catalog-'));
    const run = trackplan(['catalog', '--plan', 'examples/acme/tracking-plan.yaml', '--out', site, '--history', '3', 'examples/acme'], root);
    expect(run.status, run.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: browserPath.path, args: ['--no-sandbox'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('search finds an event by a property name, as you type', async () => {
    const page = await open('index.html');
    await page.locator('#q').pressSequentially('signupMeth');
    expect(await visibleEvents(page)).toEqual(['User signs up']);
    expect(await page.locator('#count').textContent()).toBe('1 of 12 events');
    await page.locator('#q').fill('@acme/backend-team');
    expect(await visibleEvents(page)).toEqual(['Order completed', 'Order refunded', 'Subscription started']);
    // Clearing the search brings back every event, by product.
    await page.locator('#q').fill('');
    expect(await visibleEvents(page)).toHaveLength(12);
    expect(await page.locator('#count').textContent()).toBe('12 events');
    await page.close();
  });

  it('the status filter hides retired events; product and side filters narrow the list', async () => {
    const page = await open('index.html');
    expect(await visibleEvents(page)).toContain('Wishlist shared');
    await page.getByLabel('retired').uncheck();
    expect(await visibleEvents(page)).not.toContain('Wishlist shared');
    expect(await page.locator('#count').textContent()).toBe('11 of 12 events');
    await page.getByLabel('Side').selectOption('server');
    expect(await visibleEvents(page)).toEqual(['Order completed', 'Order refunded', 'Subscription started']);
    await page.getByLabel('Side').selectOption('');
    await page.getByLabel('Product').selectOption('mobile');
    expect(await visibleEvents(page)).toContain('User Signs Up');
    expect(await visibleEvents(page)).not.toContain('Order completed');
    await page.close();
  });

  it('a deprecated event’s page says what to query in words and links to its replacement', async () => {
    const page = await open('events/legacy-user-signs-up.html');
    expect(await page.locator('.lifecycle').textContent()).toBe(
      'Use “User signs up” from 2026-06-01 on; before that, the iOS and Android apps sent “User Signs Up”, and older app versions may still send it. Why: One spelling for all platforms.',
    );
    await page.getByRole('link', { name: 'User signs up' }).first().click();
    expect(page.url()).toBe(url('events/user-signs-up.html'));
    expect(await page.locator('h1').textContent()).toBe('User signs upactive');
    await page.close();
  });

  it('a call site shows its file and line, under the product it belongs to; an unsent event says so', async () => {
    const page = await open('events/order-completed.html');
    const sites = await page.locator('ul.sites code').allTextContents();
    expect(sites).toEqual(['examples/acme/services/api/src/orders.ts:14', 'examples/acme/services/recommendations/tracking.py:6']);
    expect(await page.getByRole('heading', { name: /backend/ }).count()).toBe(1);
    const unsent = await open('events/push-notification-opened.html');
    expect(await unsent.getByText('planned, never sent').count()).toBeGreaterThan(0);
    await Promise.all([page.close(), unsent.close()]);
  });

  it('works from the keyboard: the skip link first, `/` to the search, the copy button', async () => {
    const page = await open('index.html');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    const event = await open('events/legacy-user-signs-up.html');
    await event.getByRole('button', { name: 'Copy name' }).focus();
    await event.keyboard.press('Enter');
    // The clipboard answers asynchronously (or refuses, and the fallback copies).
    await event.waitForFunction(() => document.getElementById('copied')?.textContent !== '');
    expect(await event.locator('#copied').textContent()).toBe('Copied “User Signs Up” to the clipboard.');
    await Promise.all([page.close(), event.close()]);
  });

  it('reads on a phone: nothing wider than the screen', async () => {
    for (const path of ['index.html', 'events/order-completed.html', 'people.html', 'changes.html']) {
      const page = await open(path, { width: 360 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('axe-core finds no serious or critical accessibility violation, light or dark', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of ['index.html', 'events/legacy-user-signs-up.html', 'events/order-completed.html', 'people.html', 'definitions.html', 'changes.html']) {
        const page = await open(path, { colorScheme, record: false });
        await page.addScriptTag({ path: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
          ).axe.run();
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        });
        for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${colorScheme} ${path}: ${v.id} (${v.nodes} nodes)`);
        await page.close();
      }
    }
    expect(found).toEqual([]);
  }, 60_000);

  it('works opened from file://: every page loads its style and script, with no console error and no request to another host', async () => {
    for (const path of ['index.html', 'people.html', 'super-properties.html', 'definitions.html', 'changes.html', 'events/wishlist-shared.html']) {
      const page = await open(path);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), path).toContain('system-ui');
      await page.close();
    }
    const index = await open('index.html');
    expect(await index.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(true);
    await index.close();
    // Every page opened by the tests above, too.
    expect(problems).toEqual([]);
  });
});
