import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

const MAX_FILE_BYTES = 1 << 20;

/**
 * Where the code mentions each event: every tracked file under the `usages` globs (all of them by
 * default) searched for the eventName written as a string ('…', "…", `…`), in any language — Swift,
 * Kotlin and Ruby as well as JS/TS. Files are filtered by a cheap `includes` before any line is
 * scanned, so a 20,000-file monorepo stays fast. Returns `path:line` lists, in file order.
 */
export function findCallSites(workspace: string, globs: readonly string[], eventNames: readonly string[], exclude: ReadonlySet<string>): Map<string, string[]> {
  const sites = new Map<string, string[]>(eventNames.map((name) => [name, []]));
  if (eventNames.length === 0) return sites;
  const matches = globs.length > 0 ? picomatch([...globs], { dot: true }) : () => true;
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: workspace, encoding: 'utf8', maxBuffer: 1 << 28 })
    .split('\0')
    .filter((f) => f && matches(f) && !exclude.has(f));
  for (const file of files) {
    let text: string;
    try {
      if (statSync(join(workspace, file)).size > MAX_FILE_BYTES) continue;
      text = readFileSync(join(workspace, file), 'utf8');
    } catch {
      continue; // deleted in the working tree, or unreadable
    }
    const present = eventNames.filter((name) => text.includes(name));
    if (present.length === 0 || text.includes('\0')) continue;
    const lines = text.split('\n');
    for (const name of present) {
      const quoted = [`'${name}'`, `"${name}"`, `\`${name}\``];
      lines.forEach((line, i) => {
        if (quoted.some((q) => line.includes(q))) sites.get(name)!.push(`${file}:${i + 1}`);
      });
    }
  }
  return sites;
}
