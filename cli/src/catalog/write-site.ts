import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CATALOG_DATA_FILE, describeFsError } from '@trackplan/schema';
import { UsageError } from '../cli-io.js';

/**
 * Writes the site's files into `out`. Nothing is lost: a folder that holds anything but an earlier
 * catalog is refused; an earlier catalog's event pages are replaced (an event removed from the plan
 * leaves no page behind), other files beside it (a CNAME) are kept.
 */
export function writeSite(out: string, files: ReadonlyMap<string, string>, shown = out): void {
  const stat = statSync(out, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new UsageError(`${shown}: is a file, not a folder`);
  if (stat && readdirSync(out).length > 0 && !existsSync(join(out, CATALOG_DATA_FILE)))
    throw new UsageError(`${shown}: the folder is not empty and holds no trackplan catalog; choose an empty or new folder`);
  try {
    rmSync(join(out, 'events'), { recursive: true, force: true });
    for (const [path, text] of files) {
      const file = join(out, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  } catch (e) {
    throw new UsageError(`cannot write the catalog to ${shown}: ${describeFsError(e)}`);
  }
}
