import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { trackplan } from '../helpers/run-cli.js';

const plan = `version: 1
products:
  web: { owners: ["@shop/web"], paths: ["web/**"], side: client }
  backend: { owners: ["@shop/api"], paths: ["services/**"], side: server }
code:
  ignore: ["**/legacy/**"]
events:
  orderCompleted:
    eventName: Order completed
    products: [backend, web]
    properties:
      orderId: { type: string }
      revenue: { type: number }
    required: [orderId, revenue]
  oldOrder:
    eventName: Order Completed
    status: deprecated
    replacedBy: orderCompleted
    products: [backend]
    properties:
      orderId: { type: string }
      revenue: { type: number }
people:
  plan: { type: string, enum: [free, pro], owner: server }
`;

const files = {
  'tracking-plan.yaml': plan,
  '.gitignore': 'generated/\n',
  'web/checkout.ts': `import mixpanel from 'mixpanel-browser';\nmixpanel.track('Order completd', { orderId: 'a', revenue: 1 });\n`,
  'services/billing/sync.rb': `require 'mixpanel-ruby'\nTRACKER = Mixpanel::Tracker.new(ENV['TOKEN'])\nTRACKER.people.set(user.id, { 'plan' => 'pro' })\n# trackplan-disable-next-line known-event -- replayed from the 2019 export\nTRACKER.track(user.id, 'Imported order', { 'orderId' => 'a', 'revenue' => 1 })\n`,
  'services/api/tracking.py': `from mixpanel import Mixpanel\nmp = Mixpanel(token)\nmp.track(user.id, "Order Completed", {"orderId": "a", "revenue": "1"})\n`,
  'services/legacy/old.py': `from mixpanel import Mixpanel\nMixpanel(t).track(u, "Nope", {})\n`,
  'generated/client.py': `from mixpanel import Mixpanel\nMixpanel(t).track(u, "Nope", {})\n`,
  'services/node_modules/pkg/index.js': `import mixpanel from 'mixpanel-browser';\nmixpanel.track('Nope');\n`,
};

describe('trackplan check: every platform against one plan, in a repository', () => {
  it('reports JS/TS, Ruby and Python findings with the ESLint rules’ messages, skipping ignored, generated and suppressed code', () => {
    const repo = gitRepo(files);
    const run = trackplan(['check'], repo.dir);
    expect(run.stdout.trim().split('\n')).toEqual([
      'services/api/tracking.py:3:19: warning: Event `Order Completed` is deprecated. Send `Order completed` instead. [no-deprecated-event]',
      'services/api/tracking.py:3:66: error: `revenue` must be a number, not the string "1" (event `Order Completed`). [valid-properties]',
      'services/billing/sync.rb:3:1: error: Server-side `people.set` without modifiers: pass `{ $ip: 0, $ignore_time: true }`, or Mixpanel places the user at the server’s location and moves their “last seen” to now. [server-people-modifiers]',
      'web/checkout.ts:2:16: error: Event `Order completd` is not in the tracking plan. Did you mean `Order completed`? [known-event]',
    ]);
    expect(run.stderr).toBe('trackplan: 4 tracking calls in 3 files; 3 errors, 1 warning\n');
    expect(run.status).toBe(1);
  });

  it('gives JSON with the bare rule names and the modifiers fix as a text edit, SARIF that code scanning reads, and honours --rule and --fail-on', () => {
    const repo = gitRepo(files);
    const json = trackplan(['check', 'services', '--format', 'json'], repo.dir);
    const report = JSON.parse(json.stdout) as {
      findings: { file: string; rule: string; severity: string; fix?: { range: number[]; text: string } }[];
      files: number;
      calls: number;
    };
    expect(report.files).toBe(2);
    expect(report.calls).toBe(3);
    expect(report.findings.map((f) => f.rule)).toEqual(['no-deprecated-event', 'valid-properties', 'server-people-modifiers']);
    expect(report.findings[2]!.fix).toEqual({ range: [117, 117], text: ", 0, { '$ignore_time' => true }" });

    const sarif = JSON.parse(trackplan(['check', '--format', 'sarif'], repo.dir).stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string; help: { text: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    const rules = run!.tool.driver.rules;
    expect(rules.find((r) => r.id === 'known-event')!.helpUri).toMatch(/eslint-plugin\/docs\/rules\/known-event\.md$/);
    const result = run!.results.find((r) => r.ruleId === 'known-event')!;
    expect(rules[result.ruleIndex]!.id).toBe('known-event');
    expect(result.level).toBe('error');
    expect(result.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'web/checkout.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 16, endLine: 2, endColumn: 32 },
    });

    const relaxed = trackplan(['check', '--rule', 'valid-properties=warn', '--rule', 'known-event=off', '--rule', 'server-people-modifiers=off'], repo.dir);
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr).toContain('0 errors, 2 warnings');
    expect(trackplan(['check', '--rule', 'known-event=off', '--rule', 'server-people-modifiers=off', '--fail-on', 'warning'], repo.dir).status).toBe(1);
    expect(trackplan(['check', '--fail-on', 'none'], repo.dir).status).toBe(0);
  });

  it("takes severities from the plan's check section, under --rule, and validate reports a rule name that is not one", () => {
    const repo = gitRepo({ ...files, 'tracking-plan.yaml': `${plan}check:\n  rules:\n    valid-properties: warn\n    server-people-modifiers: off\n` });
    const run = trackplan(['check', 'services'], repo.dir);
    expect(run.stdout).toContain('services/api/tracking.py:3:66: warning: `revenue` must be a number');
    expect(run.stdout).not.toContain('server-people-modifiers');
    expect(run.status).toBe(0);
    expect(trackplan(['check', 'services', '--rule', 'valid-properties=error'], repo.dir).status).toBe(1);

    repo.commit({ 'tracking-plan.yaml': `${plan}check:\n  rules:\n    known-events: warn\n` }, 'a misspelt rule');
    const validate = trackplan(['validate'], repo.dir);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain('tracking-plan.yaml:27:5: error: check.rules must be one of: known-event, valid-properties,');
    expect(validate.stdout).toContain('(did you mean `known-event`?)');
  });

  it('says what is wrong with its arguments in one line and exits 2', () => {
    const repo = gitRepo(files);
    const unknownRule = trackplan(['check', '--rule', 'known-events=off'], repo.dir);
    expect(unknownRule.status).toBe(2);
    expect(unknownRule.stderr).toMatch(/^trackplan: --rule known-events=off: no rule `known-events` \(rules: known-event, /);
    const missing = trackplan(['check', 'nowhere'], repo.dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('trackplan: nowhere: no such file or folder\n');
    expect(trackplan(['check', '--format', 'xml'], repo.dir).stderr).toContain('--format xml: expected one of text, json, sarif');
  });
});
