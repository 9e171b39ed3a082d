import { describe, expect, it } from 'vitest';
import { renderText } from '../../schema/src/index.js';
import { diffOf } from '../helpers/diff.js';

describe('text report', () => {
  const base = { events: { a: { eventName: 'Signed up', properties: { plan: { type: 'string', enum: ['free', 'pro'] } } } } };
  const head = { events: { a: { eventName: 'Signed up', properties: { plan: { type: 'string', enum: ['free', 'team'] } } } } };

  it('lists breaking changes first, then the summary', () => {
    expect(renderText(diffOf(base, head))).toBe(
      'BREAKING   Event "Signed up", property "plan": enum value "pro" removed\nDANGEROUS  Event "Signed up", property "plan": enum value "team" added\n\n1 breaking, 1 dangerous, 0 safe',
    );
    expect(renderText(diffOf(base, base))).toBe('No changes.');
  });

  it('colours severities only when asked, and never passes control characters from the plan to the terminal', () => {
    expect(renderText(diffOf(base, head), { color: true })).toContain('\u001b[31mBREAKING \u001b[39m');
    const hostile = { events: { a: { eventName: 'Signed up\u001b[2J' } } };
    expect(renderText(diffOf({ events: {} }, hostile), { color: false })).toBe(
      'safe       Event "Signed up\\u001b[2J": added\n\n0 breaking, 0 dangerous, 1 safe',
    );
  });
});
