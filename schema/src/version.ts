import { createRequire } from 'node:module';

/** This package's version, for messages and the CLI's `--version`. */
export const TRACKPLAN_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
