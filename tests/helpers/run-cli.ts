import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const TRACKPLAN_BIN = fileURLToPath(new URL('../../cli/bin/trackplan.js', import.meta.url));

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `trackplan` bin as a user would, in `cwd`, without a terminal. */
export function trackplan(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const { status, stdout, stderr } = spawnSync(process.execPath, [TRACKPLAN_BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

/** Like `trackplan`, without blocking the event loop: for tests that serve HTTP from this process. */
export function trackplanAsync(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TRACKPLAN_BIN, ...args], { cwd, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
