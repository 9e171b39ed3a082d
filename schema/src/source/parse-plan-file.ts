import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';
import { JsonPositions } from './json-positions.js';
import { stripBom, type ParseResult, type SourceDocument } from './source-document.js';
import { YamlPositions } from './yaml-positions.js';

/** `.json` plans are strict JSON; everything else (`.yaml`, `.yml`) is YAML. */
export const parsePlanFile = (file: string, text: string): ParseResult =>
  file.toLowerCase().endsWith('.json') ? parseJson(file, text) : parseYaml(file, text);

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
