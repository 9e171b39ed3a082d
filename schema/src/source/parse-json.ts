import { JsonPositions } from './json-positions.js';
import { stripBom, type ParseResult } from './source-document.js';

/**
 * Parses a strict JSON plan (no comments, no trailing commas, no duplicate keys). JSON.parse gives
 * the value fast; the syntax tree with positions is built only for errors and `locate`.
 */
export function parseJson(file: string, text: string): ParseResult {
  const source = stripBom(text);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return { ok: false, diagnostics: new JsonPositions(file, source).problems() };
  }
  // JSON.parse keeps the last of two equal keys without a word; fewer keys than members written means one was.
  if (countKeys(value) !== countMembers(source)) {
    const problems = new JsonPositions(file, source).problems();
    if (problems.length > 0) return { ok: false, diagnostics: problems };
  }
  let positions: JsonPositions | undefined;
  return {
    ok: true,
    document: { file, value, locate: (path, target = 'value') => (positions ??= new JsonPositions(file, source)).locate(path, target) },
  };
}

function countKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countKeys(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  for (const key in value) n += 1 + countKeys((value as Record<string, unknown>)[key]);
  return n;
}

/** The `:` outside strings in valid JSON: one per object member written. */
function countMembers(source: string): number {
  let members = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x3a) members++;
  }
  return members;
}
