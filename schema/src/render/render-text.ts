import type { DescribedChange, Severity } from '../diff/change.js';
import type { PlanDiff } from '../diff/diff-plans.js';

const LABEL: Record<Severity, string> = { breaking: 'BREAKING ', dangerous: 'DANGEROUS', safe: 'safe     ' };
const COLOUR: Record<Severity, number> = { breaking: 31, dangerous: 33, safe: 32 };

/** Control characters from a plan must not drive the terminal. */
const printable = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/** The diff for a terminal: breaking first, one change a line, then the summary. */
export function renderText(diff: PlanDiff, options: { color?: boolean } = {}): string {
  const paint = (severity: Severity, text: string): string => (options.color ? `\u001b[${COLOUR[severity]}m${text}\u001b[39m` : text);
  const order: Severity[] = ['breaking', 'dangerous', 'safe'];
  const lines = order.flatMap((severity) =>
    diff.changes.filter((c) => c.severity === severity).map((c: DescribedChange) => `${paint(severity, LABEL[severity])}  ${printable(c.message)}`),
  );
  const { breaking, dangerous, safe } = diff.summary;
  const summary = diff.changes.length === 0 ? 'No changes.' : `${breaking} breaking, ${dangerous} dangerous, ${safe} safe`;
  return [...lines, ...(lines.length ? [''] : []), summary].join('\n');
}
