import { relative } from 'node:path';
import type { Tracker } from '@trackplan/schema';
import { recognizeFiles } from './recognize-files.js';

export { LANGUAGE_EXTENSIONS } from './recognize-files.js';

/**
 * Where Swift, Kotlin, Java, Ruby and Python files send each of `eventNames`, as `path:line`, by the
 * same recognition as `trackplan check`: SDK calls and the plan's wrappers, not every string that
 * happens to spell an event (a log line, a comment).
 */
export async function findLanguageCallSites(options: {
  readonly cwd: string;
  readonly files: readonly string[];
  readonly trackers: readonly Tracker[];
  readonly eventNames: readonly string[];
}): Promise<Map<string, string[]>> {
  const wanted = new Set(options.eventNames);
  const sites = new Map<string, string[]>(options.eventNames.map((name) => [name, []]));
  await recognizeFiles(options.files, options.trackers, (file, calls) => {
    const display = relative(options.cwd, file).split('\\').join('/');
    for (const { line, call } of calls) {
      if (call.kind !== 'track' && call.kind !== 'time-event') continue;
      for (const name of call.event?.names ?? []) if (wanted.has(name)) sites.get(name)!.push(`${display}:${line}`);
    }
  });
  return sites;
}
