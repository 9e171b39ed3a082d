#!/usr/bin/env node
// `npm run example`: trackplan on the bundled example company, examples/acme. It shows findings
// and exits 0, since it is a demonstration; a step that fails to run at all still exits non-zero.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const trackplan = fileURLToPath(new URL('../cli/bin/trackplan.js', import.meta.url));

const steps = [
  {
    title: 'Lint the web, mobile and backend code against the plan (ESLint + eslint-plugin-trackplan)',
    command: 'eslint examples/acme',
    script: fileURLToPath(new URL('./lint-example.js', import.meta.url)),
    args: [],
  },
  {
    title: 'Check every platform (JS/TS, Swift, Kotlin, Ruby, Python) against the same plan, with the same rules',
    args: ['check', '--plan', 'examples/acme/tracking-plan.yaml', 'examples/acme'],
  },
  {
    title: 'Check the tracking plan',
    args: ['validate', '--plan', 'examples/acme/tracking-plan.yaml'],
  },
  {
    title: 'Check the plan as a pull request proposes to change it',
    args: ['validate', '--plan', 'examples/acme/proposed/tracking-plan.yaml'],
  },
  {
    title: 'What that pull request changes, and how risky each change is',
    args: ['diff', 'examples/acme/tracking-plan.yaml', 'examples/acme/proposed/tracking-plan.yaml'],
  },
  {
    title: 'The catalog analysts browse: events, properties, where each is sent, recent changes',
    args: [
      'catalog',
      '--plan',
      'examples/acme/tracking-plan.yaml',
      '--out',
      'examples/acme/catalog',
      '--title',
      'Acme tracking plan',
      '--history',
      '10',
      'examples/acme',
    ],
  },
  {
    title: 'Screenshots of the catalog, light and dark',
    command: 'node scripts/catalog-screenshots.js',
    script: fileURLToPath(new URL('./catalog-screenshots.js', import.meta.url)),
    args: [],
  },
];

for (const { title, command, script = trackplan, args } of steps) {
  const shown = command ?? `trackplan ${args.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ')}`;
  process.stdout.write(`\n== ${title}\n$ ${shown}\n`);
  // The steps' summaries (stderr) are part of the demonstration: shown in order, on standard output.
  const { status, error } = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: ['inherit', 'inherit', 1] });
  // 0 and 1 are results worth showing; anything else means the step itself broke.
  if (error || status === null || status > 1) {
    process.stderr.write(`example: \`${shown}\` failed to run (exit ${status ?? error?.message})\n`);
    process.exit(2);
  }
}
