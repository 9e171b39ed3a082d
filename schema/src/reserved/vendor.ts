/** The analytics vendors whose SDKs trackplan recognises; RudderStack follows Segment's spec. */
export type Vendor = 'mixpanel' | 'posthog' | 'segment' | 'amplitude';

/**
 * The names a vendor's SDK and ingestion set or read themselves. A plan may describe them, code
 * may send them to that vendor's SDK without the plan listing them, and no command ever hides,
 * drops or unsets them.
 */
export interface VendorReservedNames {
  readonly vendor: Vendor;
  /** How messages name it: "Mixpanel", "PostHog". */
  readonly label: string;
  /** Its own events: `$pageview`, `$identify`. */
  readonly events: ReadonlySet<string>;
  /** Properties any event may carry. */
  readonly eventProperties: ReadonlySet<string>;
  /** Profile (people, person, user, trait) properties. */
  readonly peopleProperties: ReadonlySet<string>;
  /** Families of names: `$survey_…`, `$geoip_…`. */
  readonly prefixes: readonly string[];
}
