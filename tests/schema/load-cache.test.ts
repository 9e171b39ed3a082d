import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../schema/src/index.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A project folder with node_modules, where the load cache lives. */
function project(files: Record<string, string>): string {
  const dir = tempDir(files);
  mkdirSync(join(dir, 'node_modules'));
  return dir;
}
const cacheEntries = (dir: string): string[] => {
  try {
    return readdirSync(join(dir, 'node_modules/.cache/trackplan'));
  } catch {
    return [];
  }
};

describe('the load cache (node_modules/.cache/trackplan)', () => {
  const plan = (eventName: string) =>
    `version: 1\ninclude: [more.yaml]\nconventions: { eventName: Sentence case }\nevents:\n  a: { eventName: ${eventName} }\n`;

  it('keeps a loaded plan, and gives the same plan, diagnostics and positions from it', () => {
    const dir = project({ 'tracking-plan.yaml': plan('Sign Up'), 'more.yaml': 'events:\n  b: { eventName: Log in }\n' });
    const first = loadPlan(join(dir, 'tracking-plan.yaml'));
    expect(cacheEntries(dir)).toHaveLength(1);
    const second = loadPlan(join(dir, 'tracking-plan.yaml'));
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.diagnostics.map((d) => `${d.location.line}:${d.location.column} ${d.message.slice(0, 30)}`)).toEqual(['5:19 eventName `Sign Up` is not Sen']);
    expect([...second.plan!.events.keys()]).toEqual(['a', 'b']);
    expect(second.plan!.locate(['events', 'b', 'eventName'])).toMatchObject({ file: join(dir, 'more.yaml'), line: 2, column: 19 });
  });

  it('loads afresh when the plan or an included file changes, or a new file matches an include', () => {
    const dir = project({
      'tracking-plan.yaml': plan('Sign up').replace('[more.yaml]', '["plans/*.yaml"]'),
      'plans/a.yaml': 'events:\n  b: { eventName: Log in }\n',
    });
    const file = join(dir, 'tracking-plan.yaml');
    expect([...loadPlan(file).plan!.events.keys()]).toEqual(['a', 'b']);
    writeFileSync(join(dir, 'plans/a.yaml'), 'events:\n  c: { eventName: Log out }\n');
    expect([...loadPlan(file).plan!.events.keys()]).toEqual(['a', 'c']);
    writeFileSync(join(dir, 'plans/b.yaml'), 'events:\n  d: { eventName: Paid }\n');
    expect([...loadPlan(file).plan!.events.keys()]).toEqual(['a', 'c', 'd']);
    writeFileSync(file, plan('Signed up').replace('[more.yaml]', '["plans/*.yaml"]'));
    expect(loadPlan(file).plan!.events.get('a')!.eventName).toBe('Signed up');
  });

  it('is not used with TRACKPLAN_NO_CACHE, nor where there is no node_modules', () => {
    const dir = project({ 'tracking-plan.yaml': 'version: 1\n' });
    process.env.TRACKPLAN_NO_CACHE = '1';
    try {
      loadPlan(join(dir, 'tracking-plan.yaml'));
    } finally {
      delete process.env.TRACKPLAN_NO_CACHE;
    }
    expect(cacheEntries(dir)).toEqual([]);
    const bare = tempDir({ 'tracking-plan.yaml': 'version: 1\n' });
    expect(loadPlan(join(bare, 'tracking-plan.yaml')).valid).toBe(true);
  });
});
