import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './cli-io.js';
import { describeFsError } from '@trackplan/schema';

/** Writes a command's `--out` file, creating its folder; a file that cannot be written is one clear line (exit 2). */
export function writeOutput(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${describeFsError(e)}`);
  }
}
