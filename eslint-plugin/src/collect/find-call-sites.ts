import type { Tracker } from '@trackplan/schema';
import { collectTrackingCalls } from './collect-calls.js';

/**
 * Where JS/TS code sends each of `eventNames`, as `path:line`, found by the plugin's recognition:
 * calls through constants imported from other modules are found at the call, not where the
 * constant is written.
 */
export function findCallSites(options: {
  cwd: string;
  files: readonly string[];
  trackers: readonly Tracker[];
  eventNames: readonly string[];
}): Map<string, string[]> {
  const wanted = new Set(options.eventNames);
  const sites = new Map<string, string[]>(options.eventNames.map((name) => [name, []]));
  collectTrackingCalls(options, ({ call, analysis, file, node }) => {
    if (call.kind !== 'track' && call.kind !== 'time-event') return;
    for (const name of analysis.eventNames(call) ?? []) {
      if (wanted.has(name)) sites.get(name)!.push(`${file}:${node.loc.start.line}`);
    }
  });
  return sites;
}
