#!/usr/bin/env node
// `trackplan catalog` on a generated 2,000-event plan with 5,000 call sites, and its index page in
// Chromium.   node bench/catalog.js [events=2000] [sites=5000]
// Prints: the time to build and write the site from the plan and the call sites (core: catalog data,
// every page, the files; target <= 2 s), the whole command end to end over source files that hold the
// call sites (startup, plan, recognition, git, writing), the index page's time to interactive from
// file:// (navigation start to the script's ready mark; target <= 1 s), and the time each keystroke
// of a search takes to filter the list and lay the page out again (target <= 50 ms each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { generatePlan } from './generate-plan.js';
import { findChromium } from '../scripts/find-chromium.js';

const eventCount = Number(process.argv[2] ?? 2000);
const siteCount = Number(process.argv[3] ?? 5000);
const root = fileURLToPath(new URL('..', import.meta.url));
const schema = await import(pathToFileURL(join(root, 'schema/dist/index.js')).href);
const dir = mkdtempSync(join(tmpdir(), 'trackplan-bench-catalog-'));
// The sites are written beside the project, not in it: their scripts are not the project's code.
const sites = mkdtempSync(join(tmpdir(), 'trackplan-bench-catalog-sites-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const planObject = generatePlan(eventCount);
  const planFile = join(dir, 'tracking-plan.yaml');
  writeFileSync(planFile, stringify(planObject, { lineWidth: 0 }));
  const { plan } = schema.loadPlan(planFile);
  const names = [...plan.events.values()].map((e) => e.eventName);

  // Call sites as source files hold them: Python services, five calls a file.
  const callSites = [];
  const perFile = 5;
  for (let f = 0; f * perFile < siteCount; f++) {
    const lines = ['from mixpanel import Mixpanel', 'mp = Mixpanel("token")', ''];
    for (let c = 0; c < perFile && f * perFile + c < siteCount; c++) {
      const eventName = names[(f * perFile + c) % names.length];
      lines.push(`def handler_${c}(user):`, `    mp.track(user.id, ${JSON.stringify(eventName)}, {})`, '');
      callSites.push({ file: `services/app/m${f}.py`, line: lines.length - 1, eventName, products: ['backend'] });
    }
    const file = join(dir, 'services/app', `m${f}.py`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, lines.join('\n'));
  }
  spawnSync('git', ['init', '-q'], { cwd: dir });
  spawnSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', 'add', '-A'], { cwd: dir });
  spawnSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'plan'], { cwd: dir });

  // 1. The core: data, pages and files from the plan and the call sites.
  const builds = [];
  let files;
  for (let run = 0; run < 5; run++) {
    const out = join(sites, `core-${run}`);
    const start = performance.now();
    const catalog = schema.buildCatalog(plan, { planFile: 'tracking-plan.yaml', callSites, commit: 'a'.repeat(40), baseUrl: 'https://github.com/acme/app' });
    files = schema.renderCatalogSite(catalog);
    for (const [path, text] of files) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), text);
    }
    builds.push(performance.now() - start);
  }
  const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);

  // 2. The command end to end, in a fresh process, recognition of the call sites included.
  const cli = [];
  let said = '';
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'cli/bin/trackplan.js'), 'catalog', '--out', join(sites, `site-${run}`), '--history', '1'], {
      cwd: dir,
      encoding: 'utf8',
    });
    cli.push(performance.now() - start);
    if (result.status !== 0) throw new Error(result.stderr);
    said = result.stdout.trim();
  }

  console.log(
    `trackplan catalog: ${eventCount} events, ${callSites.length} call sites in ${Math.ceil(siteCount / perFile)} Python files (${cpus().length} cores, node ${process.version})`,
  );
  console.log(`  ${said}`);
  console.log(
    `  build and write the site (core)       median ${median(builds).toFixed(0)} ms   target <= 2000 ms   (${files.size} files, ${(bytes / 1e6).toFixed(1)} MB)`,
  );
  console.log(`  trackplan catalog, end to end         median ${median(cli).toFixed(0)} ms   (fresh process: startup, plan, recognition, git, writing)`);

  // 3. The index page in Chromium, from file://.
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.log('  Chromium: none found (apt-get install -y chromium, or CHROMIUM_PATH); page figures skipped');
  } else {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    const ready = [];
    const keystrokes = [];
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(sites, 'site-0/index.html')).href);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
      ready.push(await page.evaluate(() => performance.getEntriesByName('trackplan-catalog-ready')[0].startTime));
      // Each keystroke: the input event, the filter, and the layout the browser must do before painting.
      const times = await page.evaluate(() => {
        const q = document.getElementById('q');
        const out = [];
        for (const text of [
          'o',
          'or',
          'ord',
          'orde',
          'order',
          'order ',
          'order c',
          'order co',
          'order com',
          'order co',
          'order c',
          'order ',
          'order',
          '',
          'p',
          'pl',
          'pla',
          'plan',
          '',
        ]) {
          const start = performance.now();
          q.value = text;
          q.dispatchEvent(new Event('input'));
          void document.body.offsetHeight;
          out.push(performance.now() - start);
        }
        return out;
      });
      keystrokes.push(...times);
      if (process.env.BENCH_VERBOSE) console.log(times.map((t) => t.toFixed(1)).join(' '));
      await page.close();
    }
    await browser.close();
    console.log(`  index page, interactive from file://  median ${median(ready).toFixed(0)} ms   target <= 1000 ms   (Chromium ${chromiumPath})`);
    console.log(
      `  search keystroke (filter + layout)    median ${median(keystrokes).toFixed(1)} ms, max ${Math.max(...keystrokes).toFixed(1)} ms   target <= 50 ms   (${keystrokes.length} keystrokes)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(sites, { recursive: true, force: true });
}
