import { dirname, relative } from 'node:path';
import { error, type Diagnostic, type SourceLocation } from './diagnostic.js';
import { MERGED_SECTIONS, type PlanSources } from './plan-sources.js';

export type RawObject = Record<string, unknown>;

export const isObject = (value: unknown): value is RawObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Merges the entries of included files into the main plan's sections. An entry defined twice is
 * an error at its second definition, naming the first.
 */
export function mergeIncludes(sources: PlanSources): { plan: RawObject; diagnostics: Diagnostic[] } {
  const main = sources.main.value as RawObject;
  const plan: RawObject = { ...main };
  const diagnostics: Diagnostic[] = [];
  for (const section of MERGED_SECTIONS) {
    // A plain object (fast properties for thousands of events); `__proto__` stays an own key (see below).
    const merged: RawObject = Object.fromEntries(Object.entries(isObject(main[section]) ? main[section] : {}));
    for (const doc of sources.includes) {
      const entries = (doc.value as RawObject)[section];
      if (!isObject(entries)) continue;
      for (const [key, entry] of Object.entries(entries)) {
        if (Object.hasOwn(merged, key)) {
          const first = sources.locate([section, key], 'key');
          diagnostics.push(
            error(doc.locate([section, key], 'key'), `\`${section}.${key}\` is already defined at ${describeLocation(first, sources.main.file)}`),
          );
          continue;
        }
        // Defined, not assigned: a key named `__proto__` would otherwise replace the prototype.
        Object.defineProperty(merged, key, { value: entry, enumerable: true, writable: true, configurable: true });
        sources.setOrigin(section, key, doc);
      }
    }
    if (Object.keys(merged).length > 0 || section in main) plan[section] = merged;
  }
  return { plan, diagnostics };
}

/** `plans/mobile.yaml:4:3`, relative to the main plan's folder, which is how people read the include list. */
const describeLocation = (loc: SourceLocation, mainFile: string): string => `${relative(dirname(mainFile), loc.file)}:${loc.line}:${loc.column}`;
