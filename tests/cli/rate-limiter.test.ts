import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../cli/src/mixpanel/rate-limiter.js';
import { batchEntries } from '../../cli/src/mixpanel/lexicon-sync.js';

/** A clock that only moves when the limiter waits. */
function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return { waits, now: () => now, sleep: async (ms: number) => void (waits.push(ms), (now += ms)) };
}

describe("Mixpanel's Lexicon limits", () => {
  it('allows 5 requests a minute, then waits for the oldest to leave the window', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ windowMs: 60_000, maxRequests: 5, maxUnits: 4000 }, clock);
    for (let i = 0; i < 7; i++) await limiter.acquire(10);
    expect(clock.waits).toEqual([60_000]);
  });

  it('allows 4,000 events and properties a minute', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ windowMs: 60_000, maxRequests: 5, maxUnits: 4000 }, clock);
    await limiter.acquire(3000);
    await limiter.acquire(1000);
    await limiter.acquire(1);
    expect(clock.waits).toEqual([60_000]);
  });

  it('batches entries by events and properties, never splitting an entry', () => {
    const entry = (properties: number) => ({
      entityType: 'event' as const,
      name: `e${properties}`,
      schemaJson: { properties: Object.fromEntries(Array.from({ length: properties }, (_, i) => [`p${i}`, { type: 'string' as const }])) },
    });
    const batches = batchEntries([entry(1999), entry(1999), entry(10)], 4000);
    expect(batches.map((b) => b.map((e) => e.name))).toEqual([['e1999', 'e1999'], ['e10']]);
  });
});
