#!/usr/bin/env node
// Bundles src/main.ts and everything it imports into dist/index.js, the file action.yml runs.
// dist/ is committed (GitHub runs actions without installing them); a test fails when it is stale.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const LAZY_REQUIRE_LINE = 'const require = createRequire(import.meta.url);';

/**
 * @trackplan/schema loads some libraries on first use with a require made by createRequire, which a
 * bundle cannot follow (dist/ has no node_modules). Without that line the calls are plain require()
 * calls, which esbuild bundles and still runs on first use.
 */
const lazyDependencies = {
  name: 'lazy-dependencies',
  setup(build) {
    build.onLoad({ filter: /[\\/]schema[\\/]dist[\\/]lazy-dependencies\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes(LAZY_REQUIRE_LINE)) throw new Error(`${path} no longer has the line this plugin removes: ${LAZY_REQUIRE_LINE}`);
      return { contents: source.replace(LAZY_REQUIRE_LINE, ''), loader: 'js' };
    });
  },
};

/**
 * The tree-sitter runtime and grammars are WebAssembly files: the bundle carries them as assets
 * beside the chunk that loads them, and cli/src/languages/wasm-files.js says where they are.
 */
const GRAMMARS = ['swift', 'kotlin', 'java', 'ruby', 'python'];
const wasmFiles = {
  name: 'wasm-files',
  setup(build) {
    build.onLoad({ filter: /[\\/]cli[\\/]dist[\\/]languages[\\/]wasm-files\.js$/ }, () => {
      const require = createRequire(import.meta.url);
      const grammars = dirname(require.resolve('@cursorless/tree-sitter-wasms/package.json'));
      const runtime = join(dirname(require.resolve('web-tree-sitter')), 'web-tree-sitter.wasm');
      const files = { 'web-tree-sitter': runtime, ...Object.fromEntries(GRAMMARS.map((g) => [g, join(grammars, 'out', `tree-sitter-${g}.wasm`)])) };
      const names = Object.keys(files);
      return {
        contents: [
          "import { fileURLToPath } from 'node:url';",
          ...names.map((name, i) => `import wasm${i} from ${JSON.stringify(files[name])};`),
          `export const BUNDLED_WASM = { ${names.map((name, i) => `${JSON.stringify(name)}: fileURLToPath(new URL(wasm${i}, import.meta.url))`).join(', ')} };`,
        ].join('\n'),
        loader: 'js',
        resolveDir: grammars,
      };
    });
  },
};

export const BUNDLE_OPTIONS = {
  // Paths in the bundle's comments are relative to this: the same output from any working directory.
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: { index: 'src/main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // The call-site recognition (ESLint, the TypeScript parser) is a chunk of its own, loaded only when
  // a pull request has JS/TS files to look at.
  splitting: true,
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'chunks/[name]-[hash]',
  loader: { '.wasm': 'file' },
  minify: true,
  // ESLint's optional loader for TypeScript config files; the action never loads a config file.
  external: ['jiti', 'jiti/package.json'],
  // Bundled CommonJS modules (TypeScript among them) expect require, __filename and __dirname.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __dirnameOf } from 'node:path'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __dirnameOf(__filename);",
  },
  plugins: [lazyDependencies, wasmFiles],
  logLevel: 'error',
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rmSync } = await import('node:fs');
  // Old chunks would linger beside the new ones.
  rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
  await build(BUNDLE_OPTIONS);
}
