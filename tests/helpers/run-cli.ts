import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const TRACKPLAN_BIN = fileURLToPath(new URL('../../schema/bin/trackplan.js', import.meta.url));

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
