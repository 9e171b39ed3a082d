import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Folders no walk enters: dependencies and git's own. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/**
 * Walks a folder tree, bounded: folders are entered only when they are real folders (a symlink to a
 * folder is a symlink, never followed), SKIPPED_FOLDERS are left out, and the walk stops after
 * `maxEntries` entries. Calls `visit` for every file and symlink. Says which folders it read and
 * whether it finished.
 */
export function walkFolders(start: string, maxEntries: number, visit: (path: string, entry: Dirent) => void): { folders: string[]; complete: boolean } {
  const folders: string[] = [];
  const pending = [start];
  let entries = 0;
  while (pending.length > 0) {
    const folder = pending.pop()!;
    folders.push(folder);
    let dirents: Dirent[];
    try {
      dirents = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const dirent of dirents) {
      if (++entries > maxEntries) return { folders, complete: false };
      const path = join(folder, dirent.name);
      if (dirent.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(dirent.name)) pending.push(path);
      } else if (dirent.isFile() || dirent.isSymbolicLink()) visit(path, dirent);
    }
  }
  return { folders, complete: true };
}
