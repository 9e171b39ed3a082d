#!/usr/bin/env node
// Lints examples/acme with its own eslint.config.js, as `npx eslint .` in that folder would, and
// prints ESLint's stylish report with paths relative to the repository. Exits 0 after showing the
// findings; 2 if ESLint itself could not run.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const acme = fileURLToPath(new URL('../examples/acme', import.meta.url));
try {
  const eslint = new ESLint({ cwd: acme });
  const results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter('stylish');
  const text = await formatter.format(results.map((r) => ({ ...r, filePath: r.filePath.slice(root.length) })));
  process.stdout.write(text || 'No problems found.\n');
} catch (e) {
  process.stderr.write(`example: ESLint failed to run: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
