import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeMixpanel } from './helpers/fake-mixpanel.js';
import { gitRepo } from './helpers/git-repo.js';
import { TRACKPLAN_BIN } from './helpers/run-cli.js';
import { tempDir, writeFiles } from './helpers/temp-dir.js';

/**
 * Every snippet a user copies from the READMEs, run as the user would run it: eslint configs lint a
 * file, plan samples validate, workflow YAML names only the action's inputs, CLI lines run.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const ESLINT_BIN = join(root, 'node_modules/eslint/bin/eslint.js');
const READMES = ['README.md', 'eslint-plugin/README.md', 'github-action/README.md'];

interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly text: string;
}

function snippets(): Snippet[] {
  return READMES.flatMap((file) => {
    const found: Snippet[] = [];
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^(\s*)```(\w+)\s*$/.exec(lines[i]!);
      if (!open) continue;
      const indent = open[1]!.length;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(indent));
      found.push({ file, line: i + 1, lang: open[2]!, text: `${body.join('\n')}\n` });
      i = j;
    }
    return found;
  });
}

const all = snippets();
const label = (s: Snippet) => `${s.file}:${s.line}`;
const acmePlan = readFileSync(join(root, 'examples/acme/tracking-plan.yaml'), 'utf8');

function shell(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', script], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A project folder whose bare imports resolve to this repository's packages, as after `npm i`. */
function project(files: Record<string, string>): string {
  const dir = tempDir(files);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('README snippets work when copied', () => {
  it('finds the snippets', () => {
    expect(all.filter((s) => s.lang === 'js').length).toBeGreaterThanOrEqual(3);
    expect(all.filter((s) => s.lang === 'yaml').length).toBeGreaterThanOrEqual(3);
    expect(all.filter((s) => s.lang === 'sh').length).toBeGreaterThanOrEqual(4);
  });

  for (const snippet of all.filter((s) => s.lang === 'js' && /^\/\/ eslint\.config\.c?js/.test(s.text))) {
    it(`${label(snippet)}: the ESLint config lints a tracking call against the plan`, () => {
      const configFile = /^\/\/ (eslint\.config\.c?js)/.exec(snippet.text)![1]!;
      const dir = project({
        [configFile]: snippet.text,
        'tracking-plan.yaml': 'version: 1\nevents:\n  signedUp: { eventName: Signed up }\n',
        'src/a.ts': "import mixpanel from 'mixpanel-browser';\nmixpanel.track('Signed up');\nmixpanel.track('Not planned');\n",
      });
      const run = spawnSync(process.execPath, [ESLINT_BIN, 'src'], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Event `Not planned` is not in the tracking plan');
      expect(run.stdout).not.toContain('Signed up');
      expect(run.status).toBe(1);
    });
  }

  for (const snippet of all.filter((s) => s.lang === 'yaml' && !/^\s*jobs:/m.test(s.text))) {
    it(`${label(snippet)}: the plan sample is a valid plan`, () => {
      const plan = /^version:/m.test(snippet.text) ? snippet.text : `version: 1\n${snippet.text}`;
      const dir = tempDir({ 'tracking-plan.yaml': plan });
      const run = spawnSync(process.execPath, [TRACKPLAN_BIN, 'validate'], { cwd: dir, encoding: 'utf8' });
      expect(run.stdout).toMatch(/tracking-plan\.yaml: valid/);
      expect(run.status).toBe(0);
    });
  }

  it('action.yml itself is YAML that GitHub can read', () => {
    const action = parse(readFileSync(join(root, 'github-action/action.yml'), 'utf8')) as { runs: { using: string }; inputs: object };
    expect(action.runs.using).toBe('node24');
    expect(Object.keys(action.inputs)).toContain('plan');
  });

  for (const snippet of all.filter((s) => s.lang === 'yaml' && /^\s*jobs:/m.test(s.text))) {
    it(`${label(snippet)}: the workflow uses the action with inputs it has`, () => {
      const workflow = parse(snippet.text) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
      const inputs = Object.keys((parse(readFileSync(join(root, 'github-action/action.yml'), 'utf8')) as { inputs: object }).inputs);
      const steps = Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .filter((step) => step.uses?.startsWith('trackplan/trackplan/github-action'));
      // A workflow uses the action, or runs the command (whose lines are run below, with the CLI lines).
      const runsCommand = Object.values(workflow.jobs).some((job) => job.steps.some((step) => /npx trackplan /.test(String((step as { run?: string }).run))));
      expect(steps.length > 0 || runsCommand).toBe(true);
      for (const step of steps) for (const input of Object.keys(step.with ?? {})) expect(inputs).toContain(input);
    });
  }

  describe('CLI lines', () => {
    let mixpanel: FakeMixpanel;
    beforeAll(async () => {
      mixpanel = await new FakeMixpanel().start();
    });
    afterAll(async () => {
      await mixpanel.stop();
    });

    for (const snippet of all.filter((s) => (s.lang === 'sh' || (s.lang === 'yaml' && /^\s*jobs:/m.test(s.text))) && s.text.includes('npx trackplan'))) {
      it(`${label(snippet)}: every trackplan line runs`, async () => {
        // A repository as the README's reader has one: the example company's plan and code, on main.
        const repo = gitRepo({ 'tracking-plan.yaml': acmePlan });
        cpSync(join(root, 'examples/acme/apps'), join(repo.dir, 'apps'), { recursive: true });
        cpSync(join(root, 'examples/acme/services'), join(repo.dir, 'services'), { recursive: true });
        writeFiles(repo.dir, {
          'apps/web/tracking-plan.yaml': acmePlan,
          'services/api/tracking-plan.yaml': acmePlan,
          'old.yaml': acmePlan,
          'new.yaml': readFileSync(join(root, 'examples/acme/proposed/tracking-plan.yaml'), 'utf8'),
        });
        writeFileSync(join(repo.dir, 'segment-tracking-plan.json'), readFileSync(join(root, 'tests/fixtures/import/segment-tracking-plan.json')));
        const commands = snippet.text
          .replace(/\\\n\s*/g, '')
          .split('\n')
          .map((l) =>
            l
              .replace(/\s+#.*$/, '')
              .trim()
              .replace(/^-?\s*run:\s*/, ''),
          )
          .filter((l) => l.startsWith('npx trackplan'));
        for (const command of commands) {
          // Not spawnSync: the stand-in Mixpanel answers from this process.
          const run = await shell(`trackplan() { node ${JSON.stringify(TRACKPLAN_BIN)} "$@"; }\n${command.replace(/^npx trackplan/, 'trackplan')}`, repo.dir, {
            PATH: process.env.PATH,
            MIXPANEL_PROJECT_ID: '42',
            MIXPANEL_SERVICE_ACCOUNT_USERNAME: 'sa',
            MIXPANEL_SERVICE_ACCOUNT_SECRET: 'secret',
            MIXPANEL_PROJECT_TOKEN: 'token',
            MIXPANEL_API_URL: `${mixpanel.url}/api`,
            MIXPANEL_INGESTION_URL: mixpanel.url,
            TRACKPLAN_HTTP_TIMEOUT: '5',
          });
          const context = `${command}\n${run.stdout}${run.stderr}`;
          expect(run.stderr, context).not.toMatch(/internal error|Unknown option|Unexpected argument|usage:/i);
          // Exit 0, 1 (findings), or 2 only where a change to Mixpanel asks for --yes without a terminal.
          if (run.status === 2) expect(run.stderr, context).toContain('add --yes');
          else expect([0, 1], context).toContain(run.status);
        }
      });
    }
  });
});
