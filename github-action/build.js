#!/usr/bin/env node
// Bundles src/main.ts and everything it imports into dist/index.js, the file action.yml runs.
// dist/ is committed (GitHub runs actions without installing them); a test fails when it is stale.
import { build } from 'esbuild';

export const BUNDLE_OPTIONS = {
  // Paths in the bundle's comments are relative to this: the same output from any working directory.
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // Some bundled CommonJS modules call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await build({ ...BUNDLE_OPTIONS, outfile: new URL('./dist/index.js', import.meta.url).pathname });
}
