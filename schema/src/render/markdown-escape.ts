/**
 * Makes text taken from a plan inert in GitHub markdown: no HTML, no mention, no issue link, no
 * table cell broken out of. Plans come from pull requests, so their text is untrusted.
 */

import { visibleText } from './visible-text.js';

const ZERO_WIDTH_SPACE = '\u200b';

/** Text outside code spans: HTML characters as entities, markdown syntax escaped, mentions and refs broken. */
export function escapeText(text: string): string {
  return (
    visibleText(text.replace(/\r\n?|\n/g, ' '))
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]~!])/g, '\\$1')
      .replace(/([@#])/g, `$1${ZERO_WIDTH_SPACE}`)
      // No autolinks: URLs, `www.` names and `GH-123` references stay text.
      .replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, `$1${ZERO_WIDTH_SPACE}://`)
      .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
      .replace(/\b(GH)-(\d)/gi, `$1${ZERO_WIDTH_SPACE}-$2`)
      // Last, so the entity's own `#` is not broken up.
      .replace(/\|/g, '&#124;')
  );
}

/**
 * A code span for a name: the fence is one backtick longer than any run of backticks in the name,
 * so the name cannot close it. Inside a table, `|` is escaped (GitHub splits cells before it reads
 * code spans).
 */
export function codeSpan(text: string, inTable = false): string {
  // `<!--` never appears as written: a plan string must not be able to produce the action's marker.
  const flat = visibleText(text.replace(/\r\n?|\n/g, ' ')).replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
  const longestRun = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // A span that starts or ends with a backtick (or is blank) needs a space inside the fence.
  const pad = flat === '' || flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  const span = `${fence}${pad}${flat}${pad}${fence}`;
  return inTable ? span.replace(/\|/g, '\\|') : span;
}

/** GitHub user or team handles, mentioned as written; anything else in an owners list is escaped. */
export function mention(owner: string): string {
  return /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/.test(owner) ? owner : escapeText(owner);
}
