import { error, type Diagnostic } from '../diagnostic.js';

/** How deep a plan may nest: JSON Schemas in real plans stay under ten levels. */
export const MAX_NESTING = 64;

/** Where the text first opens more than MAX_NESTING brackets (`[` or `{`) outside strings and comments. */
export function deepNestingAt(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      if (quote === 0x27) continue; // YAML single-quoted scalars may span lines
      continue;
    }
    if (quote !== 0) {
      if (quote === 0x22 && c === 0x5c)
        i++; // backslash escape in a double-quoted string
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x23 && (i === lineStart || text.charCodeAt(i - 1) === 0x20)) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1; // a YAML comment
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return { line, column: i - lineStart + 1 };
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * How many values a parsed plan holds once every YAML alias is expanded, counted without expanding
 * them (each shared node counted once, times its uses), stopping at `limit`. An alias bomb of a few
 * hundred bytes holds billions: whatever walks or serialises the value would never finish.
 */
export function expandedSize(value: unknown, limit: number): number {
  const sizes = new Map<object, number>();
  const size = (node: unknown, depth: number): number => {
    if (node === null || typeof node !== 'object') return 1;
    if (depth > MAX_NESTING) return limit;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let total = 1;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      total += size(child, depth + 1);
      if (total >= limit) break;
    }
    sizes.set(node, Math.min(total, limit));
    return Math.min(total, limit);
  };
  return size(value, 0);
}

/** The bounds a plan file must keep before anything walks its value: nesting depth and expanded size. */
export function boundsProblems(file: string, text: string, value: unknown): Diagnostic[] {
  // Only YAML aliases (`*name` after a space, `[`, `{` or `,`) can make a value larger than its text:
  // JSON has none, and neither has YAML without that pattern.
  if (file.toLowerCase().endsWith('.json') || !/(?:^|[\s[{,])\*[^\s*,[\]{}]/m.test(text)) return [];
  const limit = Math.max(100_000, text.length);
  if (expandedSize(value, limit) >= limit) {
    return [
      error(
        { file, line: 1, column: 1 },
        `the plan holds more than ${limit} values once its YAML aliases (*name) are expanded: an alias bomb, or a plan to split. Share schemas with $defs and $ref, not aliases`,
      ),
    ];
  }
  return [];
}

export const tooDeep = (file: string, at: { line: number; column: number }): Diagnostic =>
  error({ file, ...at }, `the plan nests more than ${MAX_NESTING} levels deep here; plans and their JSON Schemas are flatter than that`);
