import type { Side, Tracker } from '@trackplan/schema';

/** `settings.trackplan`: each key overrides what the plan's `code` and `products` sections say. */
export interface TrackplanSettings {
  /** The plan file, relative to ESLint's working directory; default: the nearest one above each linted file. */
  readonly plan?: string;
  /** The product(s) the linted files belong to, instead of the plan's `products.*.paths`. */
  readonly product?: string | readonly string[];
  /** client or server, for code whose SDK does not say (wrappers). */
  readonly side?: Side;
  /** More wrappers, added to the plan's `code.trackers`. */
  readonly trackers?: readonly Tracker[];
  /** Set by `trackplan.config()`: the plan's content hash, so `eslint --cache` re-lints when it changes. */
  readonly planHash?: string;
}

export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): TrackplanSettings {
  const value = settings?.trackplan;
  return typeof value === 'object' && value !== null ? value : {};
}
