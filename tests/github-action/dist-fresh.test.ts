import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS } from '../../github-action/build.js';
import { ACTION_DIST } from '../helpers/run-action.js';

describe('github-action/dist/index.js', () => {
  it('is the bundle of the current sources (run `npm run build` and commit dist/ after changing them)', async () => {
    const result = await build({ ...BUNDLE_OPTIONS, write: false, outfile: ACTION_DIST });
    const fresh = result.outputFiles[0]!.text;
    const committed = readFileSync(ACTION_DIST, 'utf8');
    expect(committed === fresh, 'github-action/dist/index.js is stale').toBe(true);
  }, 60_000);

  it('runs on node24, as action.yml says', () => {
    const actionYml = readFileSync(new URL('../../github-action/action.yml', import.meta.url), 'utf8');
    expect(actionYml).toContain('using: node24');
    expect(actionYml).toContain('main: dist/index.js');
  });
});
