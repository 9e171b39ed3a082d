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
    const base = {
      products: { web: { owners: ['@acme/web'] } },
      events: { a: { eventName: 'Signed up', products: ['web'], properties: { p: { type: 'string', enum: ['x'] } } } },
    };
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
      const cells =
        row
          .replace(/\\\|/g, '')
          .replace(/`[^`]*`/g, '')
          .split('|').length - 2;
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
      { name: 'web', owners: ['@acme/web'], mention: true },
      { name: 'backend', owners: ['@acme/api'], mention: true },
    ]);
    const markdown = renderMarkdown(diffOf(base, head), { products: reportProductsOf(base, head) });
    expect(markdown).toContain('Owners: @acme/web\n');
    expect(markdown).not.toContain('Owners: @someone-else');
  });

  it('shows the owners of a product the pull request adds as text, never as a live mention', () => {
    const head = {
      ...base,
      products: { ...base.products, everyone: { owners: ['@acme/everyone'] } },
      events: { ...base.events, blast: { eventName: 'Blast', products: ['everyone'] } },
    };
    const markdown = renderMarkdown(diffOf(base, head), { products: reportProductsOf(base, head) });
    expect(markdown).toContain('Owners: @\u200bacme/everyone (a product this change adds: not notified)');
    expect(markdown).not.toMatch(/(^|[^\u200b])@acme\/everyone/);
  });

  it('says the plan no longer changes when the diff is empty', () => {
    expect(renderMarkdown(diffOf(base, base), { products: [] })).toBe('### Tracking plan changes\n\nThis pull request no longer changes the plan.');
  });

  it('a big change (707 changes, 83 breaking) lists every breaking change, then the dangerous ones that fit, and counts safe ones per product', () => {
    const long = 'with a name as long as real event names get in a large company';
    const events = (n: number, prefix: string, extra: object = {}) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`${prefix}${i}`, { eventName: `${prefix} ${i} ${long}`, products: [i % 2 ? 'web' : 'backend'], ...extra }]),
      );
    const enumProperty = (values: string[]) => ({ properties: { method: { type: 'string', enum: values } } });
    const before = { products, events: { ...events(83, 'Removed'), ...events(200, 'Widened', enumProperty(['a', 'b'])) } };
    const after = { products, events: { ...events(200, 'Widened', enumProperty(['a', 'b', 'c'])), ...events(424, 'Added') } };
    const diff = diffOf(before, after);
    expect(diff.summary).toEqual({ breaking: 83, dangerous: 200, safe: 424 });
    const markdown = renderMarkdown(diff, { products: reportProductsOf(before, after) });
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    for (let i = 0; i < 83; i++) expect(markdown).toContain(`\`Removed ${i} ${long}\``);
    const dangerousShown = Array.from({ length: 200 }, (_, i) => markdown.includes(`\`Widened ${i} ${long}\``)).filter(Boolean).length;
    expect(dangerousShown).toBeGreaterThan(100);
    expect(markdown).toContain('212 safe changes._');
    expect(markdown).not.toContain('`Added 0');
    if (dangerousShown < 200)
      expect(markdown.trimEnd().endsWith(`_…and ${200 - dangerousShown} more — run \`trackplan diff\` for the full report._`)).toBe(true);
    expect(markdown).not.toContain('too many to list');
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
