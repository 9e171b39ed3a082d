import type { VendorReservedNames } from './vendor.js';

/**
 * Segment's Spec (which RudderStack follows): the reserved traits of identify calls, and the
 * properties of track calls that have a meaning of their own.
 */
export const SEGMENT: VendorReservedNames = {
  vendor: 'segment',
  label: 'Segment',
  events: new Set(),
  // The Spec's reserved track properties; context fields and ids travel beside `properties`, not in them.
  eventProperties: new Set(['revenue', 'currency', 'value']),
  peopleProperties: new Set([
    'address',
    'age',
    'avatar',
    'birthday',
    'company',
    'createdAt',
    'description',
    'email',
    'firstName',
    'gender',
    'id',
    'lastName',
    'name',
    'phone',
    'title',
    'username',
    'website',
  ]),
  prefixes: [],
};
