import { createInterface } from 'node:readline/promises';
import { runCli } from './run-cli.js';
import { wantsColor } from './cli-io.js';

// The bin's entry point: the real process's streams and environment, then the exit status.
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  color: wantsColor(process.stdout, process.env),
  interactive: process.stdin.isTTY && process.stderr.isTTY,
  ask: async (question) => {
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return await prompt.question(question);
    } finally {
      prompt.close();
    }
  },
  progress: process.stderr.isTTY ? (line) => process.stderr.write(`\r\u001b[K${line}`) : undefined,
});
