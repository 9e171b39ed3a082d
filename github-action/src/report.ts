import { GITHUB_COMMENT_LIMIT, codeSpan, escapeText, renderMarkdown, type Change, type Diagnostic, type PlanDiff, type ReportProduct } from '@trackplan/schema';

export const APPROVAL_LABEL = 'trackplan:approved-breaking';

const footer = `<sub>Posted by trackplan. Breaking changes fail the check until the label ${codeSpan(APPROVAL_LABEL)} is added.</sub>`;

/** The comment for one plan file: its marker, the diff by product with call sites, and a footer. */
export function diffComment(
  planPath: string,
  marker: string,
  diff: PlanDiff,
  products: readonly ReportProduct[],
  usages: (change: Change) => readonly string[],
): string {
  const room = GITHUB_COMMENT_LIMIT - marker.length - footer.length - 8;
  const report = renderMarkdown(diff, { products, usages, title: `Tracking plan changes: ${planPath}`, maxLength: room });
  return `${marker}\n${report}\n\n${footer}`;
}

/** The comment when the head plan is invalid: what is wrong, where, so the author can fix it. */
export function invalidPlanComment(planPath: string, marker: string, diagnostics: readonly Diagnostic[], relativePath: (file: string) => string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const head = [
    marker,
    `### ${escapeText(`Tracking plan changes: ${planPath}`)}`,
    '',
    `**The plan is invalid** (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}), so it cannot be diffed:`,
    '',
  ].join('\n');
  // Messages quote the plan, so they can be long: each is capped, and the list stops where the comment would outgrow GitHub's limit.
  const room = GITHUB_COMMENT_LIMIT - head.length - 200;
  const lines: string[] = [];
  let used = 0;
  for (const d of errors.slice(0, 50)) {
    const message = d.message.length > 1000 ? `${d.message.slice(0, 1000)}…` : d.message;
    const line = `- ${codeSpan(`${relativePath(d.location.file)}:${d.location.line}:${d.location.column}`)} ${escapeText(message)}`;
    if (used + line.length + 1 > room) break;
    lines.push(line);
    used += line.length + 1;
  }
  const more = errors.length > lines.length ? [`- …and ${errors.length - lines.length} more: run \`npx trackplan validate\``] : [];
  return [head, ...lines, ...more].join('\n');
}
