/**
 * Keeps requests within Mixpanel's documented Lexicon limits: at most `maxRequests` requests and
 * `maxUnits` events-and-properties in any window (5 requests and 4,000 a minute).
 */
export class RateLimiter {
  readonly #sent: { at: number; units: number }[] = [];

  constructor(
    private readonly options: { windowMs: number; maxRequests: number; maxUnits: number },
    private readonly clock: { now: () => number; sleep: (ms: number) => Promise<void> },
  ) {}

  /** Waits until a request of `units` fits the window, then counts it. */
  async acquire(units: number): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.#sent.length > 0 && now - this.#sent[0]!.at >= this.options.windowMs) this.#sent.shift();
      const used = this.#sent.reduce((n, s) => n + s.units, 0);
      if (this.#sent.length < this.options.maxRequests && (this.#sent.length === 0 || used + units <= this.options.maxUnits)) {
        this.#sent.push({ at: now, units });
        return;
      }
      await this.clock.sleep(this.options.windowMs - (now - this.#sent[0]!.at));
    }
  }
}
