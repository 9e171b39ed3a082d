import { TRACKPLAN_VERSION } from '@trackplan/schema';
import type { CheckFinding, CheckResult, RuleSetting } from './check-sources.js';
import type { RuleInfo } from './rule-settings.js';

/** `path:line:column: error: message [rule]`, one finding a line, as compilers print them. */
export const renderCheckText = (result: CheckResult): string =>
  result.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]`).join('\n');

export const renderCheckJson = (result: CheckResult): string =>
  JSON.stringify(
    {
      findings: result.findings.map(({ file, line, column, rule, severity, message, fix }: CheckFinding) => ({
        file,
        line,
        column,
        rule,
        severity,
        message,
        ...(fix ? { fix } : {}),
      })),
      files: result.files,
      calls: result.calls,
    },
    null,
    2,
  );

/** SARIF 2.1.0, as GitHub code scanning reads it: rule metadata with help and a link, one result a finding. */
export function renderCheckSarif(result: CheckResult, rules: readonly RuleInfo[], settings: Readonly<Record<string, RuleSetting>>): string {
  const index = new Map(rules.map((r, i) => [r.name, i]));
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'trackplan',
              version: TRACKPLAN_VERSION,
              informationUri: 'https://github.com/trackplan/trackplan',
              rules: rules.map((r) => ({
                id: r.name,
                name: r.name,
                shortDescription: { text: r.description },
                fullDescription: { text: r.description },
                help: { text: `${r.description}. See ${r.url}`, markdown: `${r.description}. [Documentation](${r.url})` },
                helpUri: r.url,
                defaultConfiguration: { level: settings[r.name] === 'off' ? 'none' : settings[r.name] === 'warn' ? 'warning' : 'error' },
                properties: { tags: ['analytics', 'tracking-plan'] },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results: result.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: f.severity,
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          })),
        },
      ],
    },
    null,
    2,
  );
}
