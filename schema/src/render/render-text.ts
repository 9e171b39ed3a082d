import type { Change, Severity } from '../diff/change.js';
import type { PlanDiff } from '../diff/diff-plans.js';
import { visibleText } from './visible-text.js';

const LABEL: Record<Severity, string> = { breaking: 'BREAKING ', dangerous: 'DANGEROUS', safe: 'safe     ' };
const COLOUR: Record<Severity, number> = { breaking: 31, dangerous: 33, safe: 32 };

/** The diff for a terminal: breaking first, one change a line, then the summary. */
export function renderText(diff: PlanDiff, options: { color?: boolean } = {}): string {
  const paint = (severity: Severity, text: string): string => (options.color ? `\u001b[${COLOUR[severity]}m${text}\u001b[39m` : text);
  const order: Severity[] = ['breaking', 'dangerous', 'safe'];
  const lines = order.flatMap((severity) =>
    diff.changes.filter((c) => c.severity === severity).map((c: Change) => `${paint(severity, LABEL[severity])}  ${visibleText(c.message)}`),
  );
  const { breaking, dangerous, safe } = diff.summary;
  const summary = diff.changes.length === 0 ? 'No changes.' : `${breaking} breaking, ${dangerous} dangerous, ${safe} safe`;
  return [...lines, ...(lines.length ? [''] : []), summary].join('\n');
}
