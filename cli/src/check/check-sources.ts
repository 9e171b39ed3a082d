import { extname, relative } from 'node:path';
import { judgeCall, readRegularFile, type RuleFinding, type RuleName, type TrackingPlan } from '@trackplan/schema';
import { recognizeFiles } from '../languages/recognize-files.js';
import { isSuppressed } from './suppressions.js';

export type Severity = 'error' | 'warning';
export type RuleSetting = 'error' | 'warn' | 'off';

/** One finding, wherever it came from: the same rule names and messages for every language. */
export interface CheckFinding {
  /** Relative to the working directory, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** A safe fix, as a text edit on the file (offsets in UTF-16 code units). */
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
}

export interface CheckResult {
  readonly findings: CheckFinding[];
  readonly files: number;
  readonly calls: number;
}

export { LANGUAGES } from '../languages/languages.js';
export const SCRIPT_EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'];

/** Larger files are generated, not code that calls analytics by hand. */
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** 1-based line and column of each offset, from the starts of the lines. */
function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

const lineStartsOf = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/**
 * Checks every file against the plan: JS/TS through the ESLint plugin's own rules (the project's
 * ESLint config is never loaded), the other languages through their grammar and the same core
 * judgement. Findings are sorted by file and position; suppressed ones are left out.
 */
export async function checkSources(options: {
  readonly cwd: string;
  readonly files: readonly string[];
  readonly plan: TrackingPlan;
  readonly rules: Readonly<Record<string, RuleSetting>>;
}): Promise<CheckResult> {
  const { cwd, plan, rules } = options;
  const display = (file: string): string => relative(cwd, file).split('\\').join('/') || file;
  const findings: CheckFinding[] = [];
  let calls = 0;
  const enabled = Object.entries(rules)
    .filter(([, s]) => s !== 'off')
    .map(([name]) => name as RuleName);
  const severityOf = (rule: string): Severity => (rules[rule] === 'warn' ? 'warning' : 'error');

  const scripts = options.files.filter((f) => SCRIPT_EXTENSIONS.includes(extname(f)));
  if (scripts.length > 0) {
    const { lintScriptFiles } = await import('eslint-plugin-trackplan/check');
    const linted = lintScriptFiles({ files: scripts, cwd, planFile: plan.file, rules });
    calls += linted.calls;
    const linesOf = new Map<string, string[]>();
    for (const f of linted.findings) {
      let lines = linesOf.get(f.file);
      if (!lines) linesOf.set(f.file, (lines = readLines(f.file)));
      if (!isSuppressed(lines, f.line, f.rule, '//')) findings.push({ ...f, file: display(f.file) });
    }
  }

  // The plan's wrappers: recognizeFiles keeps those without `from` (which names a JS/TS module).
  await recognizeFiles(
    options.files,
    plan.code.trackers,
    (file, described, { text, language }) => {
      calls += described.length;
      // Lines are worked out only for a file with findings.
      let lineStarts: number[] | undefined;
      let lines: string[] | undefined;
      for (const { call } of described) {
        for (const finding of judgeCall(call, plan, enabled)) {
          lineStarts ??= lineStartsOf(text);
          lines ??= text.split('\n');
          const start = positionOf(lineStarts, finding.span.start);
          if (isSuppressed(lines, start.line, finding.rule, language.lineComment)) continue;
          findings.push(toFinding(display(file), finding, start, positionOf(lineStarts, finding.span.end), severityOf(finding.rule)));
        }
      }
    },
    plan,
  );
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return { findings, files: options.files.length, calls };
}

function toFinding(
  file: string,
  finding: RuleFinding,
  start: { line: number; column: number },
  end: { line: number; column: number },
  severity: Severity,
): CheckFinding {
  const edit = finding.fix?.[0];
  return {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    rule: finding.rule,
    severity,
    message: finding.message,
    ...(edit ? { fix: { range: [edit.start, edit.end] as const, text: edit.text } } : {}),
  };
}

function readLines(file: string): string[] {
  const read = readRegularFile(file, MAX_SOURCE_BYTES);
  return 'text' in read ? read.text.split('\n') : [];
}
