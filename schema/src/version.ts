import { createRequire } from 'node:module';

/** This package's version, for messages, the CLI's `--version` and the load cache's key. */
export const TRACKPLAN_VERSION: string = readVersion();

function readVersion(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    // Bundled into the GitHub Action, package.json is not beside the code.
    return 'bundled';
  }
}
