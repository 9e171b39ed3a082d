import { join } from 'node:path';
import { loadPlan, type LoadResult } from '../../schema/src/index.js';
import { tempDir } from './temp-dir.js';

/** Loads `text` as `name` in a temp folder (with any other files given). */
export function loadText(text: string, name = 'tracking-plan.yaml', others: Record<string, string> = {}): LoadResult & { dir: string } {
  const dir = tempDir({ [name]: text, ...others });
  return { ...loadPlan(join(dir, name)), dir };
}

/** Diagnostics as `line:column: severity: message`, the way a user reads them. */
export const lines = (result: LoadResult): string[] => result.diagnostics.map((d) => `${d.location.line}:${d.location.column}: ${d.severity}: ${d.message}`);
