import { GITHUB_COMMENT_LIMIT, codeSpan, escapeText, renderMarkdown, type DescribedChange, type Diagnostic, type PlanDiff, type ReportProduct } from '@trackplan/schema';

export const APPROVAL_LABEL = 'trackplan:approved-breaking';

const footer = `<sub>Posted by trackplan. Breaking changes fail the check until the label ${codeSpan(APPROVAL_LABEL)} is added.</sub>`;

/** The comment for one plan file: its marker, the diff by product with call sites, and a footer. */
export function diffComment(planPath: string, marker: string, diff: PlanDiff, products: readonly ReportProduct[], usages: (change: DescribedChange) => readonly string[]): string {
  const room = GITHUB_COMMENT_LIMIT - marker.length - footer.length - 8;
  const report = renderMarkdown(diff, { products, usages, title: `Tracking plan changes: ${planPath}`, maxLength: room });
  return `${marker}\n${report}\n\n${footer}`;
}

/** The comment when the head plan is invalid: what is wrong, where, so the author can fix it. */
export function invalidPlanComment(planPath: string, marker: string, diagnostics: readonly Diagnostic[], relativePath: (file: string) => string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.slice(0, 50).map((d) => `- ${codeSpan(`${relativePath(d.location.file)}:${d.location.line}:${d.location.column}`)} ${escapeText(d.message)}`);
  const more = errors.length > 50 ? [`- …and ${errors.length - 50} more: run \`npx trackplan validate\``] : [];
  return [marker, `### ${escapeText(`Tracking plan changes: ${planPath}`)}`, '', `**The plan is invalid** (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}), so it cannot be diffed:`, '', ...lines, ...more].join('\n');
}
