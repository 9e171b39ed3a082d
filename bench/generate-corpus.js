// Generates a TypeScript project that looks like a real product's code: ordinary modules mixed with
// tracking calls through every supported SDK, constants objects, wrappers and spreads, all against
// a plan of `events` events. Deterministic for a given size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { generatePlan } from './generate-plan.js';

const write = (root, path, text) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

const ordinary = (i) => `
export interface Item${i} { id: string; price: number; tags: string[] }
export function total${i}(items: Item${i}[]): number {
  return items.filter((item) => item.price > 0).reduce((sum, item) => sum + item.price, 0);
}
export class Cart${i} {
  private readonly items: Item${i}[] = [];
  add(item: Item${i}): void { this.items.push(item); }
  get size(): number { return this.items.length; }
  track(name: string): string { return \`cart \${name}\`; } // not analytics
}
`;

/** Writes the corpus under `root`: tracking-plan.yaml, tsconfig.json and `files` source files. */
export function writeCorpus(root, { files = 5000, events = 2000 } = {}) {
  const plan = generatePlan(events);
  plan.code = { trackers: [{ callee: 'trackEvent', from: './analytics' }] };
  write(root, 'tracking-plan.yaml', stringify(plan, { lineWidth: 0 }));
  write(
    root,
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, skipLibCheck: true, jsx: 'react-jsx' },
      include: ['src'],
    }),
  );
  const names = Object.values(plan.events).map((e) => ({ name: e.eventName, id: Object.keys(e.properties)[0] }));
  const constants = names
    .slice(0, 200)
    .map((n, i) => `  E${i}: '${n.name}',`)
    .join('\n');
  write(root, 'src/events.ts', `export const EVENTS = {\n${constants}\n} as const;\n`);
  write(
    root,
    'src/analytics.ts',
    `import mixpanel from 'mixpanel-browser';\nexport function trackEvent(name: string, props: Record<string, unknown> = {}): void { mixpanel.track(name, props); }\n`,
  );
  write(
    root,
    'src/sdk.d.ts',
    [
      `declare module 'mixpanel-browser' { const m: { track(e: string, p?: object): void; register(p: object): void; identify(id: string): void; people: { set(p: object): void } }; export default m; }`,
      `declare module 'posthog-js' { const p: { capture(e: string, p?: object): void }; export default p; }`,
      `declare module '@segment/analytics-next' { export const AnalyticsBrowser: { load(o: object): { track(e: string, p?: object): void } }; }`,
      `declare module '@amplitude/analytics-browser' { export function track(e: string, p?: object): void; }`,
    ].join('\n'),
  );
  const uuid = "'00000000-0000-4000-8000-000000000000'";
  for (let i = 0; i < files; i++) {
    const { name, id } = names[i % names.length];
    const constant = names[i % 200];
    const kind = i % 8;
    // Code that lints clean in CI is mostly right: one file in 200 sends a value the plan does not
    // allow (and 1 call in 50 uses a deprecated event, as old code does), so findings are reported
    // at a realistic rate rather than on every call.
    const source = i % 50 === 7 ? 'banner' : 'api';
    let code = ordinary(i);
    // Half the files track something; the rest are ordinary code.
    if (kind === 0)
      code = `import mixpanel from 'mixpanel-browser';\n${code}\nexport function on${i}(x: string) { mixpanel.track('${name}', { ${id}: ${uuid}, source: '${source}', durationMs: 3 }); return x; }\n`;
    else if (kind === 1)
      code = `import mixpanel from 'mixpanel-browser';\nimport { EVENTS } from '../events';\n${code}\nexport const on${i} = () => mixpanel.track(EVENTS.E${i % 200}, { ${constant.id}: ${uuid}, source: 'menu' });\n`;
    else if (kind === 2)
      code = `import { trackEvent } from '../analytics';\n${code}\nexport const on${i} = (base: object) => trackEvent('${name}', { ...base, isBulk: false });\n`;
    else if (kind === 3)
      code = `import posthog from 'posthog-js';\nimport { AnalyticsBrowser } from '@segment/analytics-next';\nimport { track } from '@amplitude/analytics-browser';\n${code}\nconst segment = AnalyticsBrowser.load({ writeKey: 'k' });\nexport function on${i}() { posthog.capture('${name}', { ${id}: ${uuid}, source: '${source}' }); segment.track('${name}', { ${id}: ${uuid}, source: 'api' }); track('${name}', { ${id}: ${uuid}, source: 'api', durationMs: 1 }); }\n`;
    write(root, `src/module${i % 100}/file${i}.ts`, code);
  }
  return { plan };
}
