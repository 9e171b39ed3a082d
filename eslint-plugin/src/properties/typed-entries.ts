import type { FileAnalysis } from '../file-analysis.js';
import type { JsonType, StaticEntry } from './static-object.js';

/**
 * An entry whose value the code does not spell out, described by its TypeScript type instead (when
 * the file has type information): what `type-checked` checks and what `trackplan infer` plans.
 */
export function withType(entry: StaticEntry, analysis: FileAnalysis): StaticEntry {
  if (entry.value.kind !== 'unknown') return entry;
  const facts = analysis.typeFacts(entry.valueNode);
  if (!facts || facts.types.has('unknown')) return entry;
  const types = [...facts.types].filter((t): t is JsonType => t !== 'undefined');
  return types.length === 0 ? entry : { ...entry, value: { kind: 'types', types, literals: facts.literals, text: facts.text } };
}
