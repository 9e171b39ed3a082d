import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readRegularFile } from '@trackplan/schema';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { analyseFile } from '../file-analysis.js';
import plugin from '../index.js';

/** Larger files are generated bundles, not code that calls analytics by hand. */
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export type RuleSeverity = 'error' | 'warn' | 'off';

/** One finding in a JS/TS file, as ESLint reports it. */
export interface ScriptFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The bare rule name: `known-event`. */
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
}

/**
 * Lints JS/TS files with the plugin's rules at the given severities, against `planFile`: the
 * project's ESLint config is never loaded, and none of its code runs (what `trackplan check` needs).
 */
export function lintScriptFiles(options: {
  readonly files: readonly string[];
  readonly cwd: string;
  readonly planFile: string;
  readonly rules: Readonly<Record<string, RuleSeverity>>;
}): { findings: ScriptFinding[]; calls: number } {
  const linter = new Linter({ configType: 'flat', cwd: options.cwd });
  let calls = 0;
  // Counts the tracking calls the rules saw, from the same recognition they share.
  const counter: TSESLint.RuleModule<'x'> = {
    meta: { type: 'suggestion', messages: { x: '' }, schema: [], defaultOptions: [] },
    create(context) {
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const analysis = analyseFile(context);
          if (!analysis.ignored && analysis.trackingCall(node)) calls++;
        },
      };
    },
  };
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { trackplan: plugin, count: { rules: { calls: counter as never } } },
      rules: { ...Object.fromEntries(Object.entries(options.rules).map(([name, severity]) => [`trackplan/${name}`, severity])), 'count/calls': 'error' },
      settings: { trackplan: { plan: options.planFile } },
    },
  ];
  const findings: ScriptFinding[] = [];
  for (const file of options.files) {
    const read = readRegularFile(file, MAX_SOURCE_BYTES);
    if (!('text' in read)) continue;
    for (const m of linter.verify(read.text, config, { filename: file })) {
      if (m.ruleId === 'count/calls') continue;
      findings.push({
        file,
        line: m.line,
        column: m.column,
        endLine: m.endLine ?? m.line,
        endColumn: m.endColumn ?? m.column,
        rule: m.ruleId?.replace(/^trackplan\//, '') ?? 'parse',
        severity: m.severity === 2 ? 'error' : 'warning',
        message: m.message,
        ...(m.fix ? { fix: { range: m.fix.range, text: m.fix.text } } : {}),
      });
    }
  }
  return { findings, calls };
}
