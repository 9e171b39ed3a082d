import { join } from 'node:path';
import type { Tracker } from '@trackplan/schema';

/**
 * Where JS/TS files send the changed events, by eslint-plugin-trackplan's own call recognition (the
 * plan's `code.trackers` included, the project's ESLint config never loaded). Loaded only when there
 * are JS/TS files to look at: the parser brings TypeScript along.
 */
export async function recognizedCallSites(
  workspace: string,
  files: readonly string[],
  trackers: readonly Tracker[],
  eventNames: readonly string[],
): Promise<Map<string, string[]>> {
  const { findCallSites } = await import('eslint-plugin-trackplan/call-sites');
  return findCallSites({ cwd: workspace, files: files.map((f) => join(workspace, f)), trackers, eventNames });
}
