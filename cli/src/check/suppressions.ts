const MARKER = 'trackplan-disable-next-line';

/**
 * Is a finding on `line` (1-based) turned off by `trackplan-disable-next-line [RULE...]` in a comment
 * on the line before? With no rule named, every rule is off for that line; ` -- ` starts a reason, as in ESLint.
 */
export function isSuppressed(lines: readonly string[], line: number, rule: string, lineComment: string): boolean {
  const previous = lines[line - 2];
  if (previous === undefined) return false;
  const comment = previous.indexOf(lineComment);
  const marker = previous.indexOf(MARKER, comment);
  if (comment === -1 || marker === -1) return false;
  const rules = previous
    .slice(marker + MARKER.length)
    .split(' --')[0]!
    .split(/[\s,]+/)
    .filter((word) => /^[a-z][a-z-]*$/.test(word));
  return rules.length === 0 || rules.includes(rule) || rules.includes(`trackplan/${rule}`);
}
