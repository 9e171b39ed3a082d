import { relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { readRegularFile, type Tracker } from '@trackplan/schema';
import { analyseFile, type FileAnalysis } from '../file-analysis.js';
import type { TrackingCall } from '../sdk/tracking-call.js';

/** Larger files are generated bundles, not code that calls analytics by hand. */
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export interface CollectOptions {
  readonly cwd: string;
  readonly files: readonly string[];
  /** Wrappers to recognise besides the SDKs (the plan's `code.trackers`). */
  readonly trackers: readonly Tracker[];
  /** Parse with type information (typescript-eslint's project service, the project's tsconfig.json). */
  readonly types?: boolean;
}

/** A recognised call, where it is. */
export interface CollectedCall {
  readonly call: TrackingCall;
  readonly analysis: FileAnalysis;
  /** Relative to `cwd`, with forward slashes. */
  readonly file: string;
  readonly node: TSESTree.CallExpression;
}

/**
 * Runs the plugin's call recognition over JS/TS files, as data: no ESLint config of the project is
 * loaded and none of its code runs (what `trackplan infer` and the GitHub Action need). Calls back
 * for every tracking call, in file order.
 */
export function collectTrackingCalls(options: CollectOptions, onCall: (found: CollectedCall) => void): void {
  const collector: TSESLint.RuleModule<'x'> = {
    meta: { type: 'suggestion', messages: { x: '' }, schema: [], defaultOptions: [] },
    create(context) {
      const analysis = analyseFile(context);
      const file = relative(options.cwd, context.filename).split('\\').join('/');
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const call = analysis.trackingCall(node);
          if (call) onCall({ call, analysis, file, node });
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat', cwd: options.cwd });
  const configFor = (types: boolean): Linter.Config[] => [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      languageOptions: {
        parser: tsParser,
        parserOptions: { ecmaFeatures: { jsx: true }, ...(types ? { projectService: true, tsconfigRootDir: options.cwd } : {}) },
      },
      plugins: { collect: { rules: { calls: collector as never } } },
      rules: { 'collect/calls': 'error' },
      settings: { trackplan: { trackers: options.trackers } },
    },
  ];
  const [typed, untyped] = [configFor(true), configFor(false)];
  for (const file of [...options.files].sort()) {
    // Regular files only, never through a symlink, up to a size a source file has.
    const read = readRegularFile(file, MAX_SOURCE_BYTES);
    if (!('text' in read)) continue;
    // A file outside the tsconfig has no type information: read it without, rather than skip it.
    const fatal = options.types ? linter.verify(read.text, typed, { filename: file }).some((m) => m.fatal) : true;
    if (fatal) linter.verify(read.text, untyped, { filename: file });
  }
}
