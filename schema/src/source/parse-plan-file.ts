import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';
import { JsonPositions } from './json-positions.js';
import { stripBom, type ParseResult, type SourceDocument } from './source-document.js';
import { YamlPositions } from './yaml-positions.js';
import { boundsProblems, deepNestingAt, tooDeep } from './value-bounds.js';

/**
 * `.json` plans are strict JSON; everything else (`.yaml`, `.yml`) is YAML. Bounded before and after
 * parsing: nesting deeper than any plan needs, and YAML aliases that expand past the file's own size,
 * are errors at their position, never a stack overflow or a walk that does not end.
 */
export function parsePlanFile(file: string, text: string): ParseResult {
  const deep = deepNestingAt(text);
  if (deep) return { ok: false, diagnostics: [tooDeep(file, deep)] };
  let parsed: ParseResult;
  try {
    parsed = file.toLowerCase().endsWith('.json') ? parseJson(file, text) : parseYaml(file, text);
  } catch (e) {
    // Block-style YAML can nest by indentation alone; a parser that runs out of stack says so here.
    if (e instanceof RangeError) return { ok: false, diagnostics: [tooDeep(file, { line: 1, column: 1 })] };
    throw e;
  }
  if (!parsed.ok) return parsed;
  const problems = boundsProblems(file, text, parsed.document.value);
  return problems.length > 0 ? { ok: false, diagnostics: problems } : parsed;
}

/**
 * A document whose value is already known (from the load cache): positions are worked out from the
 * text only if something asks where a node is.
 */
export function documentFromValue(file: string, text: string, value: unknown): SourceDocument {
  let positions: { locate: SourceDocument['locate'] } | undefined;
  return {
    file,
    value,
    locate: (path, target = 'value') => {
      positions ??= file.toLowerCase().endsWith('.json') ? new JsonPositions(file, stripBom(text)) : new YamlPositions(file, stripBom(text));
      return positions.locate(path, target);
    },
  };
}
