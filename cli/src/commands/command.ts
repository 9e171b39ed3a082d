import type { CliIo } from '../cli-io.js';

/** One `trackplan` subcommand: parses its own options and returns the exit status. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: string[], io: CliIo): number | Promise<number>;
}
