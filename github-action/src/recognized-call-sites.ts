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

/**
 * Where Swift, Kotlin, Java, Ruby and Python files send them, by `trackplan check`'s recognition
 * through tree-sitter grammars (bundled as WebAssembly). Loaded only when such files name an event.
 */
export async function recognizedLanguageCallSites(
  workspace: string,
  files: readonly string[],
  trackers: readonly Tracker[],
  eventNames: readonly string[],
): Promise<Map<string, string[]>> {
  const { findLanguageCallSites } = await import('trackplan/call-sites');
  return findLanguageCallSites({ cwd: workspace, files: files.map((f) => join(workspace, f)), trackers, eventNames });
}
