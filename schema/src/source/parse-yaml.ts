import { jsYaml } from '../lazy-dependencies.js';
import { stripBom, type ParseResult } from './source-document.js';
import { YamlPositions } from './yaml-positions.js';

/**
 * Parses a YAML plan. The value comes from js-yaml, several times faster than a syntax tree on a
 * large plan; the tree with positions (`yaml`) is built only when something asks where a node is,
 * which a valid plan never does. Both read YAML 1.2's core schema, so they agree on every value.
 */
export function parseYaml(file: string, text: string): ParseResult {
  const source = stripBom(text);
  let value: unknown;
  try {
    const { load, CORE_SCHEMA } = jsYaml();
    value = load(source, { schema: CORE_SCHEMA });
  } catch {
    // Syntax errors (and empty files, which js-yaml refuses) are described by the positional parser.
    return parseWithPositions(file, source);
  }
  let positions: YamlPositions | undefined;
  return {
    ok: true,
    document: { file, value, locate: (path, target = 'value') => (positions ??= new YamlPositions(file, source)).locate(path, target) },
  };
}

function parseWithPositions(file: string, source: string): ParseResult {
  const positions = new YamlPositions(file, source);
  const errors = positions.syntaxErrors();
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  return { ok: true, document: { file, value: positions.value, locate: (path, target = 'value') => positions.locate(path, target) } };
}
