import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the published types work where users put the configs', () => {
  it('defineConfig([...]), Linter.Config[] and tseslint.config(...) accept every config under tsc --strict, without skipLibCheck or @types/node', () => {
    const dir = tempDir({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2022'],
          types: [],
          skipLibCheck: false,
        },
        files: ['eslint.config.mts'],
      }),
      'eslint.config.mts': [
        "import { defineConfig } from 'eslint/config';",
        "import type { Linter } from 'eslint';",
        "import tseslint from 'typescript-eslint';",
        "import trackplan from 'eslint-plugin-trackplan';",
        '',
        'declare const here: { href: string; protocol: string };',
        "export const withDefineConfig = defineConfig([trackplan.configs.recommended, trackplan.config({ plan: 'tracking-plan.yaml' }), { extends: [trackplan.configs.strict] }]);",
        "export const asArray: Linter.Config[] = [trackplan.configs.recommended, trackplan.configs['type-checked'], trackplan.config({ plan: here, preset: 'strict' })];",
        "export const withTseslint = tseslint.config(trackplan.configs.recommended, trackplan.config({ plan: 'tracking-plan.yaml' }));",
      ].join('\n'),
    });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('require() in a CommonJS config gets the plugin itself', () => {
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        `const t = require(${JSON.stringify(join(root, 'eslint-plugin/dist/index.js'))}); console.log(typeof t.config, Object.keys(t.configs).join(','), 'known-event' in t.rules)`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stdout.trim()).toBe('function recommended,strict,type-checked true');
  });
});
