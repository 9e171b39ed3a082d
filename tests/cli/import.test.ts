import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../schema/src/index.js';
import { trackplan } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const fixtures = fileURLToPath(new URL('../fixtures/import', import.meta.url));

function importPlan(format: string, files: string[]) {
  const dir = tempDir();
  const run = trackplan(['import', format, ...files.map((f) => join(fixtures, f)), '--out', 'tracking-plan.yaml'], dir);
  expect(run.status).toBe(0);
  const result = loadPlan(join(dir, 'tracking-plan.yaml'));
  return { run, result, text: readFileSync(join(dir, 'tracking-plan.yaml'), 'utf8') };
}

describe('trackplan import', () => {
  it('segment: a large, messy plan imports as a valid plan, and its drift shows as warnings', () => {
    const { run, result } = importPlan('segment', ['segment-tracking-plan.json']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
    const plan = result.plan!;
    expect(plan.events.size).toBe(244);
    // `site id` beside `siteId`: legal, and reported.
    expect(result.diagnostics.some((d) => d.severity === 'warning' && /`site id` .* differs from `siteId`/.test(d.message))).toBe(true);
    // The latest version of a key wins.
    expect([...plan.eventByName('Product Viewed 0')!.properties.keys()]).toEqual(['siteId', 'sku']);
    // Nullable types are kept; deprecated rules stay deprecated; casing duplicates become deprecated beside the first.
    const withPrice = [...plan.events.values()].find((e) => e.properties.has('price'))!;
    expect(withPrice.properties.get('price')!.schema.type).toEqual(['number', 'null']);
    expect(plan.eventByName('Legacy Signup')!.status).toBe('deprecated');
    expect(plan.eventByName('order completed')).toMatchObject({ status: 'deprecated', replacedBy: 'orderCompleted' });
    expect(plan.eventByName('Order Completed')).toMatchObject({ key: 'orderCompleted', status: 'active' });
    expect([...plan.people.keys()]).toEqual(['email', 'plan']);
    expect(plan.conventions).toMatchObject({ eventName: 'Title Case', propertyName: 'any' });
    // What could not be carried over is listed, not dropped silently.
    expect(run.stderr).toContain('trackplan: imported 244 events; ');
    expect(run.stderr).toContain('  - GROUP "group" v1: GROUP rules have no place in a trackplan plan (only TRACK and IDENTIFY are carried over)');
    // Mixpanel's own `$os` may be described; `distinct_id` may not.
    expect([...plan.events.values()].some((e) => e.properties.has('$os'))).toBe(true);
    expect(run.stderr).toContain('property `distinct_id` is reserved by Mixpanel and cannot be planned; dropped');
    expect(run.stderr).toMatch(/property context: `anyOf` is not supported by trackplan's plan format; dropped/);
    expect(run.stderr).toContain('trait `$custom`: reserved by Mixpanel and not a profile property it knows; dropped');
  });

  it('segment: keys are derived deterministically, so two imports of the same plan are identical', () => {
    expect(importPlan('segment', ['segment-tracking-plan.json']).text).toBe(importPlan('segment', ['segment-tracking-plan.json']).text);
  });

  it('iglu: the latest version of each schema, as events with their properties', () => {
    const { result } = importPlan('iglu', ['iglu-0.json', 'iglu-1.json', 'iglu-2.json']);
    expect(result.valid).toBe(true);
    const linkClick = result.plan!.eventByName('link_click')!;
    expect(linkClick).toMatchObject({ key: 'linkClick', description: 'A link was clicked', required: ['target_url'] });
    expect(linkClick.properties.get('target_url')!.schema).toEqual({ type: 'string', format: 'uri', maxLength: 4096 });
    expect(result.plan!.conventions).toMatchObject({ eventName: 'snake_case', propertyName: 'snake_case' });
  });

  it('avo: events from the JSON Schema export, deprecated ones kept deprecated', () => {
    const { result } = importPlan('avo', ['avo-export.json']);
    expect(result.valid).toBe(true);
    expect(result.plan!.eventByName('Signup Completed')!.status).toBe('deprecated');
    expect([...result.plan!.eventByName('Signup Started')!.properties.keys()]).toEqual(['Referrer', 'Is Mobile']);
  });

  it('says what is wrong with the command', () => {
    const dir = tempDir();
    expect(trackplan(['import', 'mixpanel', 'x.json'], dir)).toMatchObject({
      status: 2,
      stderr: 'trackplan: import takes a format (segment, iglu or avo) and one or more files\n',
    });
    expect(trackplan(['import', 'segment', 'missing.json'], dir)).toMatchObject({ status: 2, stderr: 'trackplan: missing.json: no such file\n' });
  });
});
