import { describe, expect, it } from 'vitest';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('every command has --help', () => {
  it.each(['validate', 'diff', 'export', 'sync', 'cleanup', 'codegen', 'import', 'infer'])('trackplan %s --help', (command) => {
    const run = trackplan([command, '--help'], tempDir());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: trackplan ${command} `));
    expect(trackplan(['--help'], tempDir()).stdout).toContain(`  ${command.padEnd(10)} `);
  });
});
