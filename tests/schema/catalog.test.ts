import { describe, expect, it } from 'vitest';
import { buildCatalog, renderCatalogSite } from '../../schema/src/index.js';
import { loadText } from '../helpers/load.js';

const PLAN = `version: 1
products:
  web: { owners: ["@shop/web"], side: client }
  api: { description: the API, owners: ["@shop/api"], side: server }
events:
  checkout: { eventName: Checkout started, products: [web] }
  checkoutOld: { eventName: Checkout Started, status: retired, since: 2025-01-01, replacedBy: checkout, products: [web, api] }
  legacy: { eventName: Legacy ping, status: deprecated, reason: Nobody reads it }
  "odd key/<script>": { eventName: "Odd </script><img src=x onerror=alert(1)>", description: "Says <b>hi</b> & more" }
  OddKey: { eventName: Odd two }
  oddKey: { eventName: Odd three }
`;

describe('the catalog of a plan', () => {
  it('puts deprecated and retired events in an analyst’s words, with and without a replacement or a date', () => {
    const { plan } = loadText(PLAN);
    const catalog = buildCatalog(plan!, { planFile: 'tracking-plan.yaml' });
    const words = Object.fromEntries(catalog.events.map((e) => [e.key, e.lifecycle]));
    expect(words).toEqual({
      checkout: undefined,
      checkoutOld:
        'No longer sent since 2025-01-01: data up to then is under “Checkout Started” (sent by web and the API); query “Checkout started” for what came after.',
      legacy: 'Deprecated: web and the API still send “Legacy ping”, but new code should not. Why: Nobody reads it.',
      'odd key/<script>': undefined,
      OddKey: undefined,
      oddKey: undefined,
    });
    expect(catalog.events.find((e) => e.key === 'checkout')!.replaces).toEqual([{ key: 'checkoutOld', slug: 'checkout-old', eventName: 'Checkout Started' }]);
  });

  it('gives every event a page whose file name is safe and unique, even on a case-insensitive disk', () => {
    const { plan } = loadText(PLAN);
    const slugs = buildCatalog(plan!, { planFile: 'p' }).events.map((e) => e.slug);
    expect(slugs).toEqual(['checkout', 'checkout-old', 'legacy', 'odd-key-script', 'odd-key', 'odd-key-2']);
  });

  it('never lets plan text become markup or end the search index’s script', () => {
    const { plan } = loadText(PLAN);
    const files = renderCatalogSite(buildCatalog(plan!, { planFile: 'p' }));
    const page = files.get('events/odd-key-script.html')!;
    expect(page).toContain('<h1>Odd &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('Says &lt;b&gt;hi&lt;/b&gt; &amp; more');
    expect(page).not.toContain('<img');
    const index = files.get('assets/catalog-index.js')!;
    expect(index).not.toContain('</script>');
    expect(index).toContain('\\u003c/script>');
  });
});
