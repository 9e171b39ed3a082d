import { extname } from 'node:path';
import type { CallSite, TrackingPlan } from '@trackplan/schema';
import { SCRIPT_EXTENSIONS } from '../check/check-sources.js';
import { findLanguageCallSites } from '../languages/call-sites.js';

/**
 * Where the code sends each of the plan's events, by the recognition `check` and the plugin use
 * (not a text search: a log line that spells an event is no call site). Paths are relative to `root`.
 */
export async function planCallSites(plan: TrackingPlan, files: readonly string[], root: string): Promise<CallSite[]> {
  const eventNames = [...plan.events.values()].map((e) => e.eventName);
  const trackers = plan.code.trackers;
  const scripts = files.filter((f) => SCRIPT_EXTENSIONS.includes(extname(f)));
  const others = files.filter((f) => !SCRIPT_EXTENSIONS.includes(extname(f)));
  const found: Map<string, string[]>[] = [];
  if (scripts.length > 0) {
    const { findCallSites } = await import('eslint-plugin-trackplan/call-sites');
    found.push(findCallSites({ cwd: root, files: scripts, trackers, eventNames }));
  }
  if (others.length > 0) found.push(await findLanguageCallSites({ cwd: root, files: others, trackers, eventNames }));
  const sites: CallSite[] = [];
  for (const byName of found) {
    for (const [eventName, places] of byName) {
      for (const place of places) {
        const at = place.lastIndexOf(':');
        const file = place.slice(0, at);
        sites.push({ file, line: Number(place.slice(at + 1)), eventName, products: plan.productsForFile(`${root}/${file}`) });
      }
    }
  }
  return sites;
}
