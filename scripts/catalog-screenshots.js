#!/usr/bin/env node
// Screenshots of the example catalog (the index and a deprecated event's page, light and dark), for a
// reader to look at: written to examples/acme/catalog-screenshots/. Drives the operating system's
// Chromium with playwright-core; without one, says how to get it and exits 0 (it is a demonstration).
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium } from './find-chromium.js';

const site = fileURLToPath(new URL('../examples/acme/catalog/', import.meta.url));
const out = fileURLToPath(new URL('../examples/acme/catalog-screenshots/', import.meta.url));
const chromium = findChromium();
if (!chromium) {
  process.stdout.write('No Chromium found, so no screenshots: install the chromium package (apt-get install -y chromium) or set CHROMIUM_PATH.\n');
  process.exit(0);
}
const { chromium: playwright } = await import('playwright-core');
const browser = await playwright.launch({ executablePath: chromium, args: ['--no-sandbox'] });
try {
  mkdirSync(out, { recursive: true });
  const pages = [
    ['index', 'index.html'],
    ['event', 'events/legacy-user-signs-up.html'],
  ];
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1200, height: 900 } });
    for (const [name, path] of pages) {
      await page.goto(pathToFileURL(site + path).href);
      await page.screenshot({ path: `${out}${name}-${colorScheme}.png`, fullPage: name === 'event' });
      process.stdout.write(`wrote examples/acme/catalog-screenshots/${name}-${colorScheme}.png\n`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
