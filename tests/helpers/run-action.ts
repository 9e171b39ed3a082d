import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dir.js';

export const ACTION_DIST = fileURLToPath(new URL('../../github-action/dist/index.js', import.meta.url));

export interface ActionRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/**
 * Runs the bundled action as a GitHub runner does: inputs as INPUT_* variables, the event payload
 * in GITHUB_EVENT_PATH, outputs and the job summary written to the files the runner names.
 */
export function runAction(options: {
  workspace: string;
  apiUrl: string;
  baseSha: string;
  headSha: string;
  inputs?: Record<string, string>;
  /** Another event than the pull request's: a push, with its payload. */
  event?: { readonly name: string; readonly payload: object };
  env?: NodeJS.ProcessEnv;
}): Promise<ActionRun> {
  const dir = tempDir();
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify(
      options.event?.payload ?? {
        action: 'synchronize',
        pull_request: { number: 7, base: { sha: options.baseSha }, head: { sha: options.headSha }, labels: [] },
      },
    ),
  );
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = {
    plan: 'tracking-plan.yaml',
    'github-token': 'ghs_test',
    'fail-on': 'breaking',
    comment: 'true',
    usages: '',
    'comment-author': '',
    'recognize-calls': 'true',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: options.event?.name ?? 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION_DIST], { cwd: options.workspace, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({
        status: error ? Number((error as { code?: number }).code ?? 1) : 0,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    });
  });
}

/** The runner's output file: `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
