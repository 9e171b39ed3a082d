import { rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanCache, PlanReadError } from '../../schema/src/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const planWith = (eventName: string): string => `version: 1\nevents:\n  a: { eventName: ${eventName} }\n`;

describe('PlanCache: loaded once, reloaded when the plan changes', () => {
  it('returns the same plan while the file is unchanged', () => {
    const dir = tempDir({ 'tracking-plan.yaml': planWith('Sign up') });
    const cache = new PlanCache();
    const first = cache.load(join(dir, 'tracking-plan.yaml'));
    expect(cache.load(join(dir, 'tracking-plan.yaml'))).toBe(first);
  });

  it('sees an edit that keeps the size and the mtime (a same-second save)', () => {
    const dir = tempDir({ 'tracking-plan.yaml': planWith('Sign up') });
    const file = join(dir, 'tracking-plan.yaml');
    const cache = new PlanCache();
    expect(cache.load(file).plan!.eventByName('Sign up')).toBeDefined();
    const { atime, mtime } = statSync(file);
    writeFileSync(file, planWith('Log in!')); // same length as 'Sign up'
    utimesSync(file, atime, mtime);
    const reloaded = cache.load(file);
    expect(reloaded.plan!.eventByName('Log in!')).toBeDefined();
    expect(reloaded.plan!.eventByName('Sign up')).toBeUndefined();
  });

  it('reloads when an included file changes', () => {
    const dir = tempDir({
      'tracking-plan.yaml': 'version: 1\ninclude: [more.yaml]\n',
      'more.yaml': 'events:\n  a: { eventName: Sign up }\n',
    });
    const cache = new PlanCache();
    expect(cache.load(join(dir, 'tracking-plan.yaml')).plan!.events.has('a')).toBe(true);
    writeFileSync(join(dir, 'more.yaml'), 'events:\n  b: { eventName: Log in }\n');
    const reloaded = cache.load(join(dir, 'tracking-plan.yaml')).plan!;
    expect([...reloaded.events.keys()]).toEqual(['b']);
  });

  it('keeps the last valid plan while an edit breaks it', () => {
    const dir = tempDir({ 'tracking-plan.yaml': planWith('Sign up') });
    const file = join(dir, 'tracking-plan.yaml');
    const cache = new PlanCache();
    cache.load(file);
    writeFileSync(file, 'version: 1\nevents:\n  a: { eventNme: Sign up }\n');
    const entry = cache.entry(file);
    expect(entry.result.valid).toBe(false);
    expect(entry.lastValid!.plan!.eventByName('Sign up')).toBeDefined();
  });

  it('throws PlanReadError once the plan file is deleted', () => {
    const dir = tempDir({ 'tracking-plan.yaml': planWith('Sign up') });
    const cache = new PlanCache();
    cache.load(join(dir, 'tracking-plan.yaml'));
    rmSync(join(dir, 'tracking-plan.yaml'));
    expect(() => cache.load(join(dir, 'tracking-plan.yaml'))).toThrow(PlanReadError);
  });
});
