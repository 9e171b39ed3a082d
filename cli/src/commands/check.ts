import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { checkSources, LANGUAGES, SCRIPT_EXTENSIONS, type RuleSetting } from '../check/check-sources.js';
import { renderCheckJson, renderCheckSarif, renderCheckText } from '../check/report-formats.js';
import { ruleSettings } from '../check/rule-settings.js';
import { RULE_NAMES } from '@trackplan/schema';
import { sourceFiles } from '../check/source-files.js';
import { loadValidPlan } from '../load-valid-plan.js';
import { writeOutput } from '../write-output.js';
import type { Command } from './command.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'none'] as const;
const SETTINGS: readonly RuleSetting[] = ['off', 'warn', 'error'];

export const checkCommand: Command = {
  name: 'check',
  summary: 'check the tracking calls in JS/TS, Swift, Kotlin, Java, Ruby and Python code against the plan',
  usage: `Usage: trackplan check [PATH...] [--plan FILE] [--format text|json|sarif] [--fail-on error|warning|none] [--rule NAME=off|warn|error]...

Checks every tracking call under the paths (default: the plan's folder) against the plan, with the
ESLint rules' judgement and messages: JS/TS (${SCRIPT_EXTENSIONS.join(' ')}) through eslint-plugin-trackplan's
recognition (your ESLint config is not loaded), ${LANGUAGES.map((l) => `${l.name} (${l.extensions.join(' ')})`).join(', ')} through their
tree-sitter grammars. Skips node_modules, build output, what git ignores and the plan's code.ignore.

  --plan FILE        the plan (default: found at or above the working directory)
  --format F         text (default): path:line:column: severity: message [rule]; json; sarif (GitHub code scanning)
  --out FILE         write the report to FILE instead of standard output
  --fail-on LEVEL    exit 1 when a finding reaches LEVEL: error (default), warning, or none
  --rule NAME=LEVEL  a rule's severity (default: the recommended config's); repeatable

A comment on the line before a call turns rules off for it: # trackplan-disable-next-line known-event
Exit status: 0 nothing reaches --fail-on, 1 something does, 2 a usage or I/O error.`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        plan: { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        rule: { type: 'string', multiple: true },
      },
      allowPositionals: true,
    });
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: expected one of ${FORMATS.join(', ')}`);
    const failOn = values['fail-on'] as (typeof FAIL_ON)[number];
    if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on ${values['fail-on']}: expected one of ${FAIL_ON.join(', ')}`);

    const overrides: Record<string, RuleSetting> = {};
    for (const spec of values.rule ?? []) {
      const [name = '', setting = ''] = spec.replace(/^trackplan\//, '').split('=');
      if (!(RULE_NAMES as readonly string[]).includes(name)) throw new UsageError(`--rule ${spec}: no rule \`${name}\` (rules: ${RULE_NAMES.join(', ')})`);
      if (!SETTINGS.includes(setting as RuleSetting)) throw new UsageError(`--rule ${spec}: expected ${name}=off, ${name}=warn or ${name}=error`);
      overrides[name] = setting as RuleSetting;
    }

    const plan = loadValidPlan(values.plan, io);
    if (typeof plan === 'number') return plan;
    // The recommended severities, then the plan's `check.rules`, then this run's `--rule`s.
    const { rules, info } = await ruleSettings(plan, overrides);
    const extensions = new Set([...SCRIPT_EXTENSIONS, ...LANGUAGES.flatMap((l) => l.extensions)]);
    let files: string[];
    try {
      files = sourceFiles(positionals.length > 0 ? positionals : [dirname(plan.file)], io.cwd, extensions, plan.file, plan.code);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    io.progress?.(`checking ${files.length} files...`);
    const result = await checkSources({ cwd: io.cwd, files, plan, rules });
    io.progress?.('');

    const report = format === 'json' ? renderCheckJson(result) : format === 'sarif' ? renderCheckSarif(result, info, rules) : renderCheckText(result);
    if (values.out) writeOutput(values.out, `${report}\n`);
    else if (report) io.stdout(report);
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.length - errors;
    io.stderr(
      `trackplan: ${result.calls} tracking calls in ${result.files} files; ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    );
    const failing = failOn === 'none' ? 0 : failOn === 'warning' ? result.findings.length : errors;
    return failing > 0 ? EXIT.failed : EXIT.ok;
  },
};
