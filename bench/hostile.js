#!/usr/bin/env node
// Time and peak memory of trackplan on the hostile inputs of issue 14, one fresh process each, with a
// hard limit per case (a case that hits it is printed as "killed": it would have hung).
//   node bench/hostile.js [--root DIR] [--limit SECONDS]
// --root runs another checkout's build (an older commit, for before/after figures).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasBomb, refChain, refFanOut } from './hostile-inputs.js';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const root = option('--root', fileURLToPath(new URL('..', import.meta.url)));
const limit = Number(option('--limit', '60'));
// The command lives in cli/ (before that, in schema/): --root may point at an older checkout.
const trackplan = [join(root, 'cli/bin/trackplan.js'), join(root, 'schema/bin/trackplan.js')].find((file) => existsSync(file));
const eslint = join(root, 'node_modules/eslint/bin/eslint.js');

function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'trackplan-hostile-'));
  mkdirSync(join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const bombPlan = `version: 1\n${aliasBomb()}\nevents:\n  e: { eventName: E }\n`;
const fanOut = refFanOut;
const chain = refChain();
const regexPlan = 'version: 1\nevents:\n  a:\n    eventName: A\n    properties:\n      p: { type: string, pattern: "^(a+)+$" }\n';
const nested = (levels) =>
  [
    "import mixpanel from 'mixpanel-browser';",
    "const L0 = { name: 'A' } as const;",
    ...Array.from({ length: levels }, (_, l) => `const L${l + 1} = { ${Array.from({ length: 10 }, (_, i) => `k${i}: L${l}`).join(', ')} } as const;`),
    `mixpanel.track(L${levels}${'.k0'.repeat(levels)}.name);`,
  ].join('\n');
const eslintConfig = (pluginRoot) =>
  `import trackplan from ${JSON.stringify(join(pluginRoot, 'eslint-plugin/dist/index.js'))};\nimport * as parser from ${JSON.stringify(join(pluginRoot, 'node_modules/@typescript-eslint/parser/dist/index.js'))};\nexport default [{ files: ['**/*.ts'], languageOptions: { parser } }, { ...trackplan.configs.strict }];\n`;
const starFiles = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [
    `src/m${i}.ts`,
    Array.from({ length: 10 }, (_, j) => j)
      .filter((j) => j !== i)
      .map((j) => `export * from './m${j}';`)
      .join('\n') + '\n',
  ]),
);

const cases = [
  ['alias bomb, validate (with node_modules: the load cache)', () => ({ dir: folder({ 'tracking-plan.yaml': bombPlan }), cmd: [trackplan, 'validate'] })],
  [
    'alias bomb under x- on both sides, diff',
    () => ({ dir: folder({ 'a.yaml': bombPlan, 'b.yaml': bombPlan.replace('E }', 'F }') }), cmd: [trackplan, 'diff', 'a.yaml', 'b.yaml'] }),
  ],
  ['$ref fan-out (30 x 2), codegen', () => ({ dir: folder({ 'tracking-plan.yaml': fanOut }), cmd: [trackplan, 'codegen', 'typescript', '--out', 'x.ts'] })],
  [
    '$ref fan-out (30 x 2), diff',
    () => ({ dir: folder({ 'a.yaml': fanOut, 'b.yaml': fanOut.replace('eventName: A', 'eventName: B') }), cmd: [trackplan, 'diff', 'a.yaml', 'b.yaml'] }),
  ],
  ['$ref chain of 5,000, validate', () => ({ dir: folder({ 'tracking-plan.yaml': chain }), cmd: [trackplan, 'validate'] })],
  [
    'JSON nested 3,000 deep, validate',
    () => ({ dir: folder({ 'tracking-plan.json': `{"version": 1, "x-deep": ${'['.repeat(3000)}${']'.repeat(3000)}}` }), cmd: [trackplan, 'validate'] }),
  ],
  [
    'include symlinked to /dev/zero, validate',
    () => {
      const dir = folder({ 'tracking-plan.yaml': 'version: 1\ninclude: [plans/*.yaml]\n', 'plans/.keep': '' });
      symlinkSync('/dev/zero', join(dir, 'plans/zero.yaml'));
      return { dir, cmd: [trackplan, 'validate'] };
    },
  ],
  [
    'pattern ^(a+)+$ and a 37-char value, eslint',
    () => ({
      dir: folder({
        'tracking-plan.yaml': regexPlan,
        'eslint.config.js': eslintConfig(root),
        'src/a.ts': `import mixpanel from 'mixpanel-browser';\nmixpanel.track('A', { p: '${'a'.repeat(37)}b' });\n`,
      }),
      cmd: [eslint, 'src'],
    }),
  ],
  [
    'constants 9 levels x 10 references, eslint',
    () => ({
      dir: folder({ 'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: A }\n', 'eslint.config.js': eslintConfig(root), 'src/a.ts': nested(9) }),
      cmd: [eslint, 'src'],
    }),
  ],
  [
    'ten modules each `export *` the other nine, eslint',
    () => ({
      dir: folder({
        'tracking-plan.yaml': 'version: 1\nevents:\n  a: { eventName: A }\n',
        'eslint.config.js': eslintConfig(root),
        ...starFiles,
        'src/a.ts': "import mixpanel from 'mixpanel-browser';\nimport { NAME } from './m0';\nmixpanel.track(NAME);\n",
      }),
      cmd: [eslint, 'src/a.ts'],
    }),
  ],
];

/** Runs a command, sampling its peak RSS (VmHWM) from /proc until it ends or is killed at the limit. */
function measure(cmd, cwd) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, cmd, { cwd, stdio: 'ignore' });
    let peakKb = 0;
    let killed = false;
    const sample = () => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb);
      } catch {
        // ended between samples
      }
    };
    const sampler = setInterval(sample, 50);
    const killer = setTimeout(() => {
      sample();
      killed = true;
      child.kill('SIGKILL');
    }, limit * 1000);
    child.on('exit', (code) => {
      clearInterval(sampler);
      clearTimeout(killer);
      resolve({
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        peakMb: Math.round(peakKb / 1024),
        status: killed ? `killed at ${limit} s` : String(code),
      });
    });
  });
}

console.log(`trackplan at ${root}; each case in a fresh process, killed after ${limit} s`);
console.log(`${'case'.padEnd(58)} ${'time'.padStart(9)} ${'peak RSS'.padStart(10)}  exit`);
for (const [name, make] of cases) {
  const { dir, cmd } = make();
  const { seconds, peakMb, status } = await measure(cmd, dir);
  console.log(`${name.padEnd(58)} ${`${seconds.toFixed(2)} s`.padStart(9)} ${`${peakMb} MB`.padStart(10)}  ${status}`);
}
