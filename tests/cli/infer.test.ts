import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/src/index.js';
import { loadPlan } from '../../schema/src/index.js';
import { writeCorpus } from '../../bench/generate-corpus.js';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const acme = fileURLToPath(new URL('../../examples/acme', import.meta.url));
const acmeArgs = (out: string) => [
  'infer',
  'apps/**/*.{ts,tsx}',
  'services/**/*.ts',
  '--tracker',
  'trackEvent',
  '--tracker',
  'serverTrack:1:2:0',
  '--product',
  'web=apps/web/**',
  '--product',
  'mobile=apps/mobile/**',
  '--product',
  'backend=services/**',
  '--out',
  out,
];

describe('trackplan infer', () => {
  it('drafts a valid plan from examples/acme and lists the inconsistencies with file:line', () => {
    const out = join(tempDir(), 'tracking-plan.yaml');
    const run = trackplan(acmeArgs(out), acme);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      [
        'trackplan: 11 events from 19 calls in 10 files; 2 inconsistencies:',
        'apps/mobile/src/screens/ProductScreen.tsx:14: event `Product Viewed` is spelled `Product viewed` elsewhere (apps/web/src/shop.ts:5)',
        'apps/mobile/src/screens/SignupScreen.tsx:11: event `User Signs Up` is spelled `User signs up` elsewhere (apps/web/src/signup.ts:13)',
        '',
      ].join('\n'),
    );
    const { plan, valid } = loadPlan(out);
    expect(valid).toBe(true);
    expect(plan!.eventByName('User signs up')).toMatchObject({
      key: 'userSignsUp',
      status: 'active',
      products: ['web'],
      required: ['isTrial', 'plan', 'signupMethod'],
    });
    expect(plan!.eventByName('User Signs Up')).toMatchObject({ status: 'deprecated', replacedBy: 'userSignsUp' });
    expect(plan!.eventByName('Order completed')!.properties.has('$insert_id')).toBe(false); // Mixpanel's own
    expect(plan!.code.trackers).toEqual([{ callee: 'trackEvent' }, { callee: 'serverTrack', event: 1, properties: 2, distinctId: 0 }]);
    expect([...plan!.superProperties.keys()]).toEqual(['appVersion', 'platform']);
  });

  it('is deterministic', () => {
    const [a, b] = [join(tempDir(), 'a.yaml'), join(tempDir(), 'b.yaml')];
    trackplan(acmeArgs(a), acme);
    trackplan(acmeArgs(b), acme);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('round trip: with the inferred plan, the plugin reports nothing on the same code but the inconsistencies infer listed', async () => {
    const out = join(tempDir(), 'tracking-plan.yaml');
    const run = trackplan(acmeArgs(out), acme);
    const listed = run.stderr
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(': ')[0]);
    const rules = ['known-event', 'valid-properties', 'no-deprecated-event', 'event-in-product'];
    const eslint = new ESLint({
      cwd: acme,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
        {
          plugins: { trackplan: plugin as never },
          rules: Object.fromEntries(rules.map((r) => [`trackplan/${r}`, 'error'])),
          settings: { trackplan: { plan: out } },
        } as Linter.Config,
      ],
    });
    const results = await eslint.lintFiles(['apps', 'services']);
    const reported = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(acme.length + 1)}:${m.line}`));
    expect(reported.sort()).toEqual(listed.sort());
  });

  it("reports 'true' beside true and one key in two casings, and plans the boolean", () => {
    const dir = tempDir({
      'a.ts': "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Trial started', { isTrial: true, orderId: 'o1' });\n",
      'b.ts':
        "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Trial started', { isTrial: 'true', order_id: 'o2' });\nmixpanel.track('Trial started', { isTrial: false, orderId: 'o3', plan: 'pro' });\n",
    });
    const run = trackplan(['infer', '*.ts', '--out', 'plan.yaml'], dir);
    expect(run.stderr.split('\n').slice(1, -1)).toEqual([
      'a.ts:2: property `isTrial` of `Trial started` is sent both as a boolean and as the string "true"',
      'b.ts:2: property `order_id` is spelled `orderId` elsewhere (a.ts:2)',
    ]);
    const { plan } = loadPlan(join(dir, 'plan.yaml'));
    const event = plan!.eventByName('Trial started')!;
    expect(event.properties.get('isTrial')!.schema).toEqual({ type: 'boolean' });
    expect(event.properties.get('plan')!.schema).toEqual({ type: 'string' });
    expect(event.required).toEqual(['isTrial']);
  });

  it('drafts a valid plan from a generated tree of 300 files', () => {
    const dir = tempDir();
    writeCorpus(dir, { files: 300, events: 300 });
    const run = trackplan(['infer', 'src/**/*.ts', '--tracker', 'trackEvent', '--out', 'drafted.yaml'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^trackplan: \d+ events from \d+ calls in 303 files; /);
    const { valid, plan } = loadPlan(join(dir, 'drafted.yaml'));
    expect(valid).toBe(true);
    expect(plan!.events.size).toBeGreaterThan(100);
  }, 90_000);

  it('over an existing plan: keeps its code (and finds the calls through its wrappers), conventions and products', () => {
    const dir = tempDir({
      'tracking-plan.yaml': [
        'version: 1',
        'conventions: { eventName: Title Case, propertyName: camelCase, acronyms: [ID] }',
        'products:',
        '  web: { owners: ["@acme/web"], paths: ["src/**"], side: client }',
        'code:',
        '  trackers:',
        '    - { callee: trackAnalytics, object: true, from: ./analytics }',
        '  ignore: ["**/*.stories.ts"]',
        'events: {}',
      ].join('\n'),
      'src/analytics.ts': 'export function trackAnalytics(payload: object) {}\n',
      'src/page.ts':
        "import { trackAnalytics } from './analytics';\ndeclare const slug: string;\ntrackAnalytics({ event: 'Page Opened', slug, plan: 'pro' });\ntrackAnalytics({ event: 'Page Opened', slug, plan: 'free', note: null });\n",
      'src/other.ts':
        "import mixpanel from 'mixpanel-browser';\ndeclare const note: string;\nmixpanel.track('Page Opened', { slug: 'a', plan: 'pro', note });\n",
    });
    const run = trackplan(['infer', 'src/**/*.ts', '--out', 'tracking-plan.yaml'], dir);
    expect(run.status, run.stderr).toBe(0);
    const { plan, valid, diagnostics } = loadPlan(join(dir, 'tracking-plan.yaml'));
    expect(valid, JSON.stringify(diagnostics)).toBe(true);
    expect(plan!.conventions).toEqual({ eventName: 'Title Case', propertyName: 'camelCase', acronyms: ['ID'] });
    expect([...plan!.products.values()]).toMatchObject([{ name: 'web', owners: ['@acme/web'], paths: ['src/**'], side: 'client' }]);
    expect(plan!.code).toEqual({ trackers: [{ callee: 'trackAnalytics', object: true, from: './analytics' }], ignore: ['**/*.stories.ts'] });
    // The flat object wrapper's other keys are properties; `null` beside a variable leaves the type open.
    const event = plan!.eventByName('Page Opened')!;
    expect(Object.fromEntries([...event.properties].map(([k, p]) => [k, p.schema]))).toEqual({
      note: {},
      plan: { type: 'string', enum: ['free', 'pro'] },
      slug: { type: 'string' },
    });
  });

  it('--tracker takes every tracker field', () => {
    const dir = tempDir({
      'src/a.ts': "import { serverTrack } from './lib';\nserverTrack('u1', 'Order placed', { total: 3 });\n",
      'src/lib.ts': 'export function serverTrack(id: string, name: string, props: object) {}\n',
    });
    const run = trackplan(['infer', 'src/**/*.ts', '--tracker', 'serverTrack:1:2:0,from=./lib,side=server,kind=track', '--out', 'plan.yaml'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain(
      'trackers:\n    - callee: serverTrack\n      event: 1\n      properties: 2\n      distinctId: 0\n      from: ./lib\n      side: server\n      kind: track\n',
    );
    expect(trackplan(['infer', 'src/**/*.ts', '--tracker', 'x,colour=red'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown field `colour=red`'),
    });
  });

  it('with a tsconfig.json, values the code does not spell out are typed by TypeScript', () => {
    const dir = tempDir({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true },
        include: ['src'],
      }),
      'src/checkout.ts': [
        "import mixpanel from 'mixpanel-browser';",
        "declare function currentPlan(): 'free' | 'pro';",
        'declare function seatCount(): number;',
        'declare function coupon(): string | null;',
        "mixpanel.track('Checkout started', { plan: currentPlan(), seats: seatCount(), coupon: coupon(), label: `${seatCount()} seats` });",
      ].join('\n'),
    });
    const run = trackplan(['infer', 'src/**/*.ts', '--out', 'tracking-plan.yaml'], dir);
    expect(run.status, run.stderr).toBe(0);
    const event = loadPlan(join(dir, 'tracking-plan.yaml')).plan!.eventByName('Checkout started')!;
    expect(Object.fromEntries([...event.properties].map(([k, p]) => [k, p.schema]))).toEqual({
      coupon: { type: ['null', 'string'] },
      label: { type: 'string' },
      plan: { type: 'string', enum: ['free', 'pro'] },
      seats: { type: 'number' },
    });
    // --no-types: the same values leave the types open.
    trackplan(['infer', 'src/**/*.ts', '--no-types', '--out', 'untyped.yaml'], dir);
    expect(readFileSync(join(dir, 'untyped.yaml'), 'utf8')).toContain('plan: {}');
  });

  it('says when nothing matches', () => {
    expect(trackplan(['infer', 'nothing/**/*.ts'], tempDir())).toMatchObject({
      status: 2,
      stderr: 'trackplan: no JS/TS, Swift, Kotlin, Java, Ruby or Python files match nothing/**/*.ts\n',
    });
  });
});

describe('trackplan infer over every platform', () => {
  it('drafts one plan from JS/TS, Swift, Kotlin, Ruby and Python calls, and finds one event spelled two ways across them', () => {
    const dir = tempDir({
      'web/checkout.ts': `import mixpanel from 'mixpanel-browser';\nmixpanel.track('Order completed', { orderId: 'a', total: 12 });\n`,
      'ios/Checkout.swift': `import Mixpanel\nMixpanel.mainInstance().track(event: "Order completed", properties: ["orderId": "b", "total": 3.5])\n`,
      'android/Checkout.kt': `import com.mixpanel.android.mpmetrics.MixpanelAPI\nval mp = MixpanelAPI.getInstance(ctx, "t", true)\nfun f() { mp.track("Order Completed", JSONObject().put("orderId", "c")) }\n`,
      'billing/job.rb': `require 'mixpanel-ruby'\nT = Mixpanel::Tracker.new('t')\nT.track(u, 'Order completed', { 'orderId' => 'd', 'total' => 1 })\nT.people.set(u, { 'plan' => 'pro' }, 0, { '$ignore_time' => true })\n`,
      'api/track.py': `from mixpanel import Mixpanel\nmp = Mixpanel("t")\nmp.track(u, "Order completed", {"orderId": "e", "coupon": True})\n`,
    });
    const run = trackplan(['infer', '**/*.{ts,swift,kt,rb,py}'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('trackplan: 2 events from 6 calls in 5 files; 1 inconsistency:');
    expect(run.stderr).toContain('android/Checkout.kt:3: event `Order Completed` is spelled `Order completed` elsewhere');
    expect(run.stdout).toContain('eventName: Order completed');
    expect(run.stdout).toMatch(/total:\n\s+type: number/);
    expect(run.stdout).toMatch(/coupon:\n\s+type: boolean/);
    expect(run.stdout).toMatch(/people:\n\s+plan:/);
  });
});
