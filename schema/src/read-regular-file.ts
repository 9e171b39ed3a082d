import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';

/** Why a file was not read, for callers that say so. */
export type UnreadableReason = 'missing' | 'not a regular file' | 'too large' | 'unreadable';

/**
 * The text of a regular file of at most `maxBytes`, or why not. Repositories (and pull requests)
 * control the tree: a symlink is never followed (to /dev/zero, or out of the workspace), and the
 * size is checked on the opened file, so nothing can make a caller read forever.
 */
export function readRegularFile(path: string, maxBytes: number): { text: string } | { reason: UnreadableReason } {
  let fd: number | undefined;
  try {
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (!link) return { reason: 'missing' };
    if (!link.isFile()) return { reason: 'not a regular file' };
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: 'not a regular file' };
    if (stat.size > maxBytes) return { reason: 'too large' };
    return { text: readFileSync(fd, 'utf8') };
  } catch {
    return { reason: 'unreadable' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
