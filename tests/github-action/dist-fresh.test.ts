import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS } from '../../github-action/build.js';

const dist = fileURLToPath(new URL('../../github-action/dist', import.meta.url));
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));

describe('github-action/dist', () => {
  it('is the bundle of the current sources (run `npm run build` and commit dist/ after changing them)', async () => {
    const result = await build({ ...BUNDLE_OPTIONS, write: false });
    const fresh = new Map(result.outputFiles.map((f) => [relative(dist, f.path), f.text]));
    const committed = filesIn(dist)
      .map((f) => relative(dist, f))
      .sort();
    expect(committed).toEqual([...fresh.keys()].sort());
    for (const [file, text] of fresh) expect(readFileSync(join(dist, file), 'utf8') === text, `github-action/dist/${file} is stale`).toBe(true);
  }, 120_000);

  it('runs on node24, as action.yml says', () => {
    const actionYml = readFileSync(new URL('../../github-action/action.yml', import.meta.url), 'utf8');
    expect(actionYml).toContain('using: node24');
    expect(actionYml).toContain('main: dist/index.js');
  });
});
