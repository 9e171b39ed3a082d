import { describe, expect, it } from 'vitest';
import { codeSpan, escapeText, mention, renderMarkdown, reportProducts } from '../../schema/src/index.js';
import { diffOf, planOf } from '../helpers/diff.js';

describe('markdown escaping: plan text is inert', () => {
  it('fences a name with more backticks than it contains, so it cannot break out', () => {
    expect(codeSpan('plan')).toBe('`plan`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('``x')).toBe('``` ``x ```');
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
    expect(codeSpan('two\nlines')).toBe('`two lines`');
  });

  it('escapes HTML, table pipes, newlines, markdown syntax, mentions and issue refs in text', () => {
    expect(escapeText('<img src=x onerror=alert(1)> & | @octocat #12 [link](http://x) *bold*\nnext')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &#124; @\u200boctocat #\u200b12 \\[link\\](http\u200b://x) \\*bold\\* next',
    );
  });

  it('mentions owners that are GitHub handles, and escapes anything else', () => {
    expect(mention('@acme/web-team')).toBe('@acme/web-team');
    expect(mention('@octocat')).toBe('@octocat');
    expect(mention('web team <a@b.c>')).toBe('web team &lt;a@\u200bb.c&gt;');
  });

  it('renders hostile event names, property names and values without creating HTML, mentions or links', () => {
    const hostile = '</td><script>alert(1)</script> `| @everyone #1';
    const base = { products: { web: { owners: ['@acme/web'] } }, events: { a: { eventName: 'Signed up', products: ['web'], properties: { p: { type: 'string', enum: ['x'] } } } } };
    const head = {
      products: { web: { owners: ['@acme/web'] } },
      events: {
        a: { eventName: 'Signed up', products: ['web'], properties: { p: { type: 'string', enum: ['x', hostile] }, [hostile]: { type: 'string' } } },
        b: { eventName: hostile, products: ['web'], description: hostile },
      },
    };
    const markdown = renderMarkdown(diffOf(base, head), { products: [{ name: 'web', owners: ['@acme/web'] }] });
    // Code spans show their text literally; everywhere else no HTML, mention or issue link survives.
    const outside = markdown.replace(/(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
    expect(outside).not.toMatch(/<(?!\/?(details|summary)>)/);
    expect(outside).not.toMatch(/@everyone/);
    expect(outside).not.toMatch(/#1\b/);
    // Every table row keeps its five cells: no pipe from the plan split one.
    for (const row of markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Risk'))) {
      const cells = row.replace(/\\\|/g, '').replace(/`[^`]*`/g, '').split('|').length - 2;
      expect([4, 5], row).toContain(cells);
    }
    expect(markdown).toContain('| ``</td><script>alert(1)</script> `\\| @everyone #1`` |');
  });
});

describe('the report', () => {
  const products = { web: { owners: ['@acme/web'] }, backend: { owners: ['@acme/api'] } };
  const base = {
    products,
    events: {
      signUp: { eventName: 'Signed up', products: ['web'], properties: { plan: { type: 'string', enum: ['free', 'pro'] } } },
      paid: { eventName: 'Paid', products: ['backend'] },
    },
  };

  it('has a summary, one section per product with its owners once, breaking first and safe folded', () => {
    const head = {
      products,
      events: {
        signUp: { eventName: 'Signed up', products: ['web'], description: 'New account.', properties: { plan: { type: 'string', enum: ['free', 'team'] } } },
        paid: { eventName: 'Paid', products: ['backend'] },
      },
    };
    const markdown = renderMarkdown(diffOf(base, head), { products: [...reportProductsOf(base, head)] });
    expect(markdown).toBe(
      [
        '### Tracking plan changes',
        '',
        '**1 breaking** · 1 dangerous · 1 safe',
        '',
        '#### `web`',
        '',
        'Owners: @acme/web',
        '',
        '| Risk | Where | Property | Change | Why it matters |',
        '|---|---|---|---|---|',
        '| 🔴 breaking | `Signed up` | `plan` | enum value "pro" removed | Calls that still send this value become invalid, and reports filtering on it go empty. |',
        '| 🟠 dangerous | `Signed up` | `plan` | enum value "team" added | Reports that filter or group by this property will meet a value they do not know. |',
        '',
        '<details><summary>1 safe change</summary>',
        '',
        '| Risk | Where | Property | Change |',
        '|---|---|---|---|',
        '| 🟢 safe | `Signed up` |  | description changed |',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it("mentions the base side's owners for a product that already existed, so a PR cannot pick its reviewers", () => {
    const head = { ...base, products: { web: { owners: ['@someone-else'] }, backend: { owners: ['@acme/api'] } } };
    expect(reportProductsOf(base, head)).toEqual([
      { name: 'web', owners: ['@acme/web'] },
      { name: 'backend', owners: ['@acme/api'] },
    ]);
    const markdown = renderMarkdown(diffOf(base, head), { products: reportProductsOf(base, head) });
    expect(markdown).toContain('Owners: @acme/web\n');
    expect(markdown).not.toContain('Owners: @someone-else');
  });

  it('says the plan no longer changes when the diff is empty', () => {
    expect(renderMarkdown(diffOf(base, base), { products: [] })).toBe('### Tracking plan changes\n\nThis pull request no longer changes the plan.');
  });

  it('fits a 5,000-change diff in a GitHub comment by summarising whole sections', () => {
    const many = (n: number, prefix: string, product: string) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, { eventName: `${prefix} event number ${i} with a long name`, products: [product] }]));
    const head = { products, events: { ...base.events, ...many(4_000, 'web', 'web'), ...many(1_000, 'api', 'backend') } };
    const diff = diffOf(base, head);
    expect(diff.changes.length).toBe(5_000);
    const markdown = renderMarkdown(diff, { products: reportProductsOf(base, head) });
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toContain('#### `web`\n\nOwners: @acme/web\n\n4000 changes (**0 breaking**, 0 dangerous, 4000 safe): too many to list in one comment.');
    // The smaller section still fits whole; no table or details block is cut.
    expect(markdown).toContain('<details><summary>1000 safe changes</summary>');
    expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
    expect(markdown.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('keeps within a smaller budget for callers that add their own text', () => {
    const head = { products, events: { signUp: base.events.signUp } };
    const markdown = renderMarkdown(diffOf(base, head), { products: reportProductsOf(base, head), maxLength: 200 });
    expect(markdown.length).toBeLessThanOrEqual(200);
  });
});

function reportProductsOf(base: Record<string, unknown>, head: Record<string, unknown>) {
  return reportProducts(planOf(base), planOf(head));
}
