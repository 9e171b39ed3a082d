import { AMPLITUDE } from './amplitude.js';
import { MIXPANEL } from './mixpanel.js';
import { POSTHOG } from './posthog.js';
import { SEGMENT } from './segment.js';
import type { Vendor, VendorReservedNames } from './vendor.js';

export type { Vendor, VendorReservedNames } from './vendor.js';
export { SDK_EVENT_PROPERTIES } from './mixpanel.js';

/** Every vendor's reserved names, one file each. */
export const RESERVED_BY_VENDOR: Readonly<Record<Vendor, VendorReservedNames>> = {
  mixpanel: MIXPANEL,
  posthog: POSTHOG,
  segment: SEGMENT,
  amplitude: AMPLITUDE,
};
const VENDORS = Object.values(RESERVED_BY_VENDOR);

export type ReservedSection = 'event' | 'eventProperty' | 'peopleProperty';

const setOf = (names: VendorReservedNames, section: ReservedSection): ReadonlySet<string> =>
  section === 'event' ? names.events : section === 'eventProperty' ? names.eventProperties : names.peopleProperties;

/** Whether `vendor` reserves `name` in that section (or as one of its name families). */
export function isReservedBy(vendor: Vendor, name: string, section: ReservedSection): boolean {
  const names = RESERVED_BY_VENDOR[vendor];
  return setOf(names, section).has(name) || names.prefixes.some((prefix) => name.startsWith(prefix));
}

/** The vendors that reserve `name`: a plan shared by several SDKs may describe any of them. */
export const vendorsReserving = (name: string, section: ReservedSection): Vendor[] =>
  VENDORS.filter((v) => isReservedBy(v.vendor, name, section)).map((v) => v.vendor);

/**
 * Names in the `$` and `mp_` namespaces belong to the SDKs (Mixpanel's and PostHog's own data):
 * a plan may describe the ones they reserve, and no command ever hides, drops or unsets any of them.
 */
export const isSdkNamespaced = (name: string): boolean => name.startsWith('$') || name.startsWith('mp_');

/** A name set for one vendor's calls (or, for wrappers whose SDK is not known, every vendor's). */
export function reservedNamesFor(vendor: Vendor | undefined, section: ReservedSection): (name: string) => boolean {
  if (vendor) return (name) => isReservedBy(vendor, name, section);
  return (name) => VENDORS.some((v) => isReservedBy(v.vendor, name, section));
}
