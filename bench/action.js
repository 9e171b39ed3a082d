#!/usr/bin/env node
// Wall time of one run of the bundled GitHub Action on a 2,000-event plan with ~5% of its events
// changed, in a real git repository with 2,000 source files, against a local stand-in for the API
// (so the network is ~0). Median of several runs.   node bench/action.js [runs=5] [--against DIR]
// --against DIR runs another checkout's bundled action too, alternating with this one run by run
// (this machine's speed drifts between minutes), and prints the median of the per-pair ratios.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generatePlan, mutatePlan } from './generate-plan.js';

const runs = Number(process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--against') ?? 5);
const dist = fileURLToPath(new URL('../github-action/dist/index.js', import.meta.url));
const againstAt = process.argv.indexOf('--against');
const otherDist = againstAt === -1 ? undefined : join(process.argv[againstAt + 1], 'github-action/dist/index.js');
const dir = mkdtempSync(join(tmpdir(), 'trackplan-bench-action-'));
const repo = join(dir, 'repo');
const write = (path, text) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' }).trim();

const plan = generatePlan(2000);
mkdirSync(repo);
git('init', '-q');
write('tracking-plan.yaml', stringify(plan, { lineWidth: 0 }));
const names = Object.values(plan.events).map((e) => e.eventName);
for (let i = 0; i < 2000; i++) {
  write(
    `src/module${i % 50}/file${i}.ts`,
    `import mixpanel from 'mixpanel-browser';\nexport function f${i}() {\n  mixpanel.track('${names[i % names.length]}', { source: 'button' });\n}\n`,
  );
}
git('add', '-A');
git('commit', '-q', '-m', 'base');
const baseSha = git('rev-parse', 'HEAD');
write('tracking-plan.yaml', stringify(mutatePlan(plan), { lineWidth: 0 }));
git('commit', '-qam', 'change the plan');
const headSha = git('rev-parse', 'HEAD');

let comments = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/user') return res.writeHead(403).end('{"message":"Resource not accessible by integration"}');
    if (req.method === 'GET' && req.url.includes('/comments')) return res.end(JSON.stringify(comments));
    if (req.method === 'POST') {
      comments = [{ id: 1, body: JSON.parse(body).body, user: { login: 'github-actions[bot]' }, html_url: 'https://x/1' }];
      return res.writeHead(201).end(JSON.stringify(comments[0]));
    }
    if (req.method === 'PATCH') return res.end(JSON.stringify(comments[0]));
    if (req.url.includes('/labels')) return res.end('[]');
    res.writeHead(404).end('{}');
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const apiUrl = `http://127.0.0.1:${server.address().port}`;
writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } } }));

const once = (recognize = 'true', action = dist) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    execFile(
      process.execPath,
      [action],
      {
        cwd: repo,
        env: {
          PATH: process.env.PATH,
          GITHUB_EVENT_PATH: join(dir, 'event.json'),
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_API_URL: apiUrl,
          GITHUB_WORKSPACE: repo,
          'INPUT_GITHUB-TOKEN': 't',
          'INPUT_FAIL-ON': 'none',
          INPUT_PLAN: 'tracking-plan.yaml',
          'INPUT_RECOGNIZE-CALLS': recognize,
        },
        encoding: 'utf8',
      },
      (error, stdout) => (error ? reject(error) : resolve({ ms: performance.now() - started, stdout })),
    );
  });

const samples = [];
const textOnly = [];
const ratios = [];
let last;
for (let i = 0; i < runs; i++) {
  last = await once();
  samples.push(last.ms);
  textOnly.push((await once('false')).ms);
  if (otherDist) ratios.push(last.ms / (await once('true', otherDist)).ms);
}
textOnly.sort((a, b) => a - b);
server.close();
rmSync(dir, { recursive: true, force: true });
samples.sort((a, b) => a - b);
console.log(`GitHub Action, 2000-event plan, 2000 source files, median of ${runs} runs (${cpus().length} cores, node ${process.version})`);
console.log(
  `  ${last.stdout
    .split('\n')
    .find((l) => l.includes('breaking,'))
    ?.trim()}`,
);
console.log(
  `  wall time per run ${samples[Math.floor(samples.length / 2)].toFixed(0)} ms with JS/TS call sites recognised (target <= 1500 ms, network aside); comment ${comments[0]?.body.length ?? 0} chars`,
);
console.log(`  wall time per run ${textOnly[Math.floor(textOnly.length / 2)].toFixed(0)} ms with recognize-calls: false (text search everywhere)`);
if (otherDist) {
  ratios.sort((a, b) => a - b);
  console.log(
    `  this checkout / ${otherDist}: ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}x (median of ${runs} alternating pairs; ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
  );
}
