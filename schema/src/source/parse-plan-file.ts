import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';
import type { ParseResult } from './source-document.js';

/** `.json` plans are strict JSON; everything else (`.yaml`, `.yml`) is YAML. */
export const parsePlanFile = (file: string, text: string): ParseResult =>
  file.toLowerCase().endsWith('.json') ? parseJson(file, text) : parseYaml(file, text);
