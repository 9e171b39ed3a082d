import type { Change, Severity } from '../diff/change.js';
import type { PlanDiff } from '../diff/diff-plans.js';
import { codeSpan, escapeText, mention } from './markdown-escape.js';

/** A product as the report addresses it: its name, its owners, and whether to mention them. */
export interface ReportProduct {
  readonly name: string;
  readonly owners: readonly string[];
  /**
   * False for a product the pull request itself adds: its owners are shown as text, so a pull
   * request cannot choose whom the comment notifies. Default true.
   */
  readonly mention?: boolean;
}

export interface MarkdownOptions {
  /** The products, in the order their sections appear, with the owners to mention. */
  readonly products: readonly ReportProduct[];
  readonly title?: string;
  /** GitHub's comment limit; callers that add text around the report pass what is left. */
  readonly maxLength?: number;
  /** Rows of breaking and dangerous changes shown before the rest fold into a details block. */
  readonly visibleRows?: number;
  /** Where the code uses a change's event (`path:line`), shown beside breaking and dangerous changes. */
  readonly usages?: (change: Change) => readonly string[];
}

export const GITHUB_COMMENT_LIMIT = 65_536;

const BADGE: Record<Severity, string> = { breaking: '🔴 breaking', dangerous: '🟠 dangerous', safe: '🟢 safe' };
const ALL_PRODUCTS = 'All products';

/**
 * The diff as a GitHub comment: a summary line, then one section per product with its owners
 * mentioned once and a table of what changes for it. Every string from the plan is escaped. A report
 * too large for `maxLength` lists every breaking change, then as many dangerous ones as fit, and
 * counts the safe ones per product; only what still does not fit is cut, with "and N more".
 */
export function renderMarkdown(diff: PlanDiff, options: MarkdownOptions): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const header = renderHeader(diff, options.title ?? 'Tracking plan changes');
  if (diff.changes.length === 0) return header;
  const groups = groupByProduct(diff.changes, options.products);
  const full = [header, ...groups.map((group) => renderSection(group, options.visibleRows ?? 20, options.usages))].join('\n\n');
  if (full.length <= maxLength) return full;

  // Breaking changes first, across every product, then dangerous ones: the order they are kept in.
  const risky = [...diff.changes.filter((c) => c.severity === 'breaking'), ...diff.changes.filter((c) => c.severity === 'dangerous')];
  const compact = (kept: number): string => renderCompact(header, groups, new Set(risky.slice(0, kept)), risky.length - kept, options.usages);
  // The most rows that fit, found by bisection: each try renders the whole report once.
  let [low, high] = [0, risky.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (compact(middle).length <= maxLength) low = middle;
    else high = middle - 1;
  }
  const report = compact(low);
  return report.length <= maxLength ? report : `${header}\n\n${cutNote(risky.length)}`;
}

const cutNote = (omitted: number): string => `_…and ${omitted} more — run \`trackplan diff\` for the full report._`;

/** Every product's section with only the kept breaking and dangerous rows, and its safe changes counted. */
function renderCompact(header: string, groups: readonly ProductGroup[], kept: ReadonlySet<Change>, omitted: number, usages?: Usages): string {
  const sections = groups.map((group) => {
    const rows = group.changes.filter((c) => kept.has(c));
    const safe = group.changes.filter((c) => c.severity === 'safe').length;
    const notShown = group.changes.filter((c) => c.severity !== 'safe' && !kept.has(c)).length;
    const parts = [sectionTitle(group)];
    if (rows.length > 0) parts.push(table(rows, false, usages));
    const counts = [
      notShown > 0 ? `${notShown} more breaking or dangerous not listed` : '',
      safe > 0 ? `${safe} safe ${safe === 1 ? 'change' : 'changes'}` : '',
    ].filter(Boolean);
    if (counts.length > 0) parts.push(`_${counts.join('; ')}._`);
    return parts.join('\n\n');
  });
  return [header, ...sections, ...(omitted > 0 ? [cutNote(omitted)] : [])].join('\n\n');
}

function renderHeader(diff: PlanDiff, title: string): string {
  const { breaking, dangerous, safe } = diff.summary;
  const counts =
    diff.changes.length === 0 ? 'This pull request no longer changes the plan.' : `**${breaking} breaking** · ${dangerous} dangerous · ${safe} safe`;
  return `### ${escapeText(title)}\n\n${counts}`;
}

interface ProductGroup {
  readonly name: string;
  readonly owners: readonly string[];
  readonly mention: boolean;
  readonly changes: readonly Change[];
}

/** One group per product that a change concerns, in the products' order; changes without products last. */
function groupByProduct(changes: readonly Change[], products: readonly ReportProduct[]): ProductGroup[] {
  const known = new Set(products.map((p) => p.name));
  const groups: ProductGroup[] = products
    .map((p) => ({ name: p.name, owners: p.owners, mention: p.mention !== false, changes: changes.filter((c) => c.products.includes(p.name)) }))
    .filter((g) => g.changes.length > 0);
  const unplaced = changes.filter((c) => !c.products.some((p) => known.has(p)));
  if (unplaced.length > 0) groups.push({ name: ALL_PRODUCTS, owners: [], mention: false, changes: unplaced });
  return groups;
}

function sectionTitle(group: ProductGroup): string {
  const name = group.name === ALL_PRODUCTS ? ALL_PRODUCTS : codeSpan(group.name);
  const owners = group.owners.length
    ? `\n\nOwners: ${group.mention ? group.owners.map(mention).join(' ') : `${group.owners.map(escapeText).join(' ')} (a product this change adds: not notified)`}`
    : '';
  return `#### ${name}${owners}`;
}

const where = (change: Change): string => {
  switch (change.section) {
    case 'event':
      return codeSpan(change.eventName ?? change.event ?? '', true);
    case 'superProperties':
      return 'super properties';
    case 'people':
      return 'people';
    case 'products':
      return `product ${codeSpan(change.product ?? '', true)}`;
  }
};

type Usages = MarkdownOptions['usages'];

/** The first few places that use a change's event, then how many more. */
function usedIn(change: Change, usages: NonNullable<Usages>): string {
  const places = usages(change);
  if (places.length === 0) return 'no use found';
  const shown = places.slice(0, 3).map((p) => codeSpan(p, true));
  return places.length > 3 ? `${shown.join('<br>')}<br>and ${places.length - 3} more` : shown.join('<br>');
}

const row = (change: Change, withReason: boolean, usages?: Usages): string =>
  `| ${BADGE[change.severity]} | ${where(change)} | ${change.property === undefined ? '' : codeSpan(change.property, true)} | ${escapeText(change.detail)} |${withReason ? ` ${escapeText(change.reason)} |` : ''}${usages ? ` ${usedIn(change, usages)} |` : ''}`;

function table(changes: readonly Change[], withReason: boolean, usages?: Usages): string {
  const columns = ['Risk', 'Where', 'Property', 'Change', ...(withReason ? ['Why it matters'] : []), ...(usages ? ['Used in'] : [])];
  const head = `| ${columns.join(' | ')} |\n|${columns.map(() => '---|').join('')}`;
  return [head, ...changes.map((c) => row(c, withReason, usages))].join('\n');
}

const details = (summary: string, body: string): string => `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;

function renderSection(group: ProductGroup, visibleRows: number, usages?: Usages): string {
  const risky = [...group.changes.filter((c) => c.severity === 'breaking'), ...group.changes.filter((c) => c.severity === 'dangerous')];
  const safe = group.changes.filter((c) => c.severity === 'safe');
  const parts = [sectionTitle(group)];
  if (risky.length > 0) parts.push(table(risky.slice(0, visibleRows), true, usages));
  if (risky.length > visibleRows)
    parts.push(details(`${risky.length - visibleRows} more breaking or dangerous changes`, table(risky.slice(visibleRows), true, usages)));
  if (safe.length > 0) parts.push(details(`${safe.length} safe ${safe.length === 1 ? 'change' : 'changes'}`, table(safe, false)));
  return parts.join('\n\n');
}
