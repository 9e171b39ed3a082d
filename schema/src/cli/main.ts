import { runCli } from './run-cli.js';
import { wantsColor } from './cli-io.js';

// The bin's entry point: the real process's streams and environment, then the exit status.
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  color: wantsColor(process.stdout, process.env),
});
