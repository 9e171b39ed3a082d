import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../schema/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('examples/acme', () => {
  it('has a valid plan with three products, a deprecated event and server-owned people properties', () => {
    const { plan, diagnostics } = loadPlan(`${root}/examples/acme/tracking-plan.yaml`);
    expect(diagnostics).toEqual([]);
    expect([...plan!.products.keys()]).toEqual(['web', 'mobile', 'backend']);
    expect(plan!.events.size).toBeGreaterThanOrEqual(10);
    expect(plan!.eventByName('User Signs Up')).toMatchObject({ status: 'deprecated', replacedBy: 'userSignsUp' });
    expect([...plan!.people.values()].filter((p) => p.owner === 'server').map((p) => p.name)).toContain('plan');
    expect(plan!.productsForFile(`${root}/examples/acme/services/api/src/orders.ts`)).toEqual(['backend']);
  });

  it('has a proposed version of the plan that is valid too', () => {
    expect(loadPlan(`${root}/examples/acme/proposed/tracking-plan.yaml`).diagnostics).toEqual([]);
  });

  it('`npm run example` shows the checks and exits 0', () => {
    const run = spawnSync('npm', ['run', 'example', '--silent'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('$ trackplan check --plan examples/acme/tracking-plan.yaml examples/acme\n');
    expect(run.stdout).toContain(
      'examples/acme/services/billing/app/services/subscription_sync.rb:18:26: error: `billingPeriod` must be one of "monthly", "yearly", not "anual" (event `Subscription started`). [valid-properties]',
    );
    expect(run.stdout).toContain(
      'examples/acme/services/recommendations/tracking.py:8:20: error: `revenue` must be a number, not the string "49.90" (event `Order completed`). [valid-properties]',
    );
    expect(run.stdout).toMatch(/trackplan: \d+ tracking calls in \d+ files; \d+ errors, \d+ warning/);
    expect(run.stdout).toContain(
      '$ trackplan validate --plan examples/acme/tracking-plan.yaml\nexamples/acme/tracking-plan.yaml: valid (12 events, 2 super properties, 7 people properties, 3 products)',
    );
    expect(run.stdout).toContain(
      [
        '$ trackplan diff examples/acme/tracking-plan.yaml examples/acme/proposed/tracking-plan.yaml',
        'BREAKING   Event "User Signs Up": retired',
        'BREAKING   Event "Order completed", property "paymentMethod": enum value "paypal" removed',
        'BREAKING   Event "Push notification opened": removed',
        'BREAKING   Event "Search performed", property "query": became required',
        'DANGEROUS  Event "Checkout started": now sent by product "backend"',
        'DANGEROUS  Event "Order completed", property "paymentMethod": enum value "klarna" added',
        'safe       Event "Product reviewed": added with 2 properties',
        'safe       Event "Product viewed": key renamed from productViewed to productDetailsViewed',
        'safe       People property "preferredTheme": description changed',
        '',
        '4 breaking, 2 dangerous, 3 safe',
      ].join('\n'),
    );
    // It builds first (npm run example is a fresh clone's first command): 11 s alone, 30 s on a busy machine.
  }, 120_000);
});
