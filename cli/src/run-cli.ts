import { MixpanelApiError } from './mixpanel/mixpanel-client.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './commands/command.js';
import { catalogCommand } from './commands/catalog.js';
import { checkCommand } from './commands/check.js';
import { cleanupCommand } from './commands/cleanup.js';
import { codegenCommand } from './commands/codegen.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { inferCommand } from './commands/infer.js';
import { syncCommand } from './commands/sync.js';
import { validateCommand } from './commands/validate.js';
import { displayPath } from './format-diagnostics.js';
import { PlanReadError, TRACKPLAN_VERSION } from '@trackplan/schema';

const COMMANDS: readonly Command[] = [
  validateCommand,
  checkCommand,
  diffCommand,
  exportCommand,
  syncCommand,
  cleanupCommand,
  codegenCommand,
  importCommand,
  inferCommand,
  catalogCommand,
];

const mainUsage = (): string => `Usage: trackplan <command> [options]

One tracking plan in the repository, checked everywhere analytics calls are made.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run \`trackplan <command> --help\` for a command's options.
Options: --version, --help, --debug (stack traces for unexpected errors)`;

/**
 * Runs the CLI and returns its exit status. Usage and I/O problems are one line on stderr (exit 2);
 * nothing prints a stack trace unless `--debug` is given.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      if (name === undefined) {
        io.stderr(mainUsage());
        return EXIT.usage;
      }
      io.stdout(mainUsage());
      return EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(TRACKPLAN_VERSION);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command \`${name}\`; run \`trackplan --help\` for the list`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.usage);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof PlanReadError) {
      io.stderr(`trackplan: ${displayPath(e.file, io.cwd)}: ${e.reason}`);
      if (debug) io.stderr(String(e.stack));
      return EXIT.usage;
    }
    if (e instanceof MixpanelApiError) {
      io.stderr(`trackplan: ${e.message}`);
      if (debug) io.stderr(String(e.stack));
      return EXIT.failed;
    }
    if (e instanceof UsageError || isParseArgsError(e)) {
      const help = name && COMMANDS.some((c) => c.name === name) ? `; run \`trackplan ${name} --help\`` : '';
      io.stderr(`trackplan: ${(e as Error).message}${isParseArgsError(e) ? help : ''}`);
      if (debug) io.stderr(String((e as Error).stack));
      return EXIT.usage;
    }
    io.stderr(`trackplan: internal error: ${e instanceof Error ? e.message : String(e)}${debug ? '' : ' (run with --debug for details)'}`);
    if (debug) io.stderr(e instanceof Error ? String(e.stack) : String(e));
    return EXIT.usage;
  }
}

const isParseArgsError = (e: unknown): boolean => e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS');
