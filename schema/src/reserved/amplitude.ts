import type { VendorReservedNames } from './vendor.js';

/** Amplitude's own events, revenue properties and identify operations (`$set`, `$setOnce`, ...). */
export const AMPLITUDE: VendorReservedNames = {
  vendor: 'amplitude',
  label: 'Amplitude',
  events: new Set(['$identify', '$groupidentify', 'revenue_amount', '[Amplitude] Page Viewed', '[Amplitude] Start Session', '[Amplitude] End Session']),
  // Event fields (user_id, platform, price, ...) travel beside event_properties, not in them; these are the
  // revenue properties the SDKs read from event properties.
  eventProperties: new Set(['$revenue', '$price', '$quantity', '$productId', '$revenueType', '$receipt', '$receiptSig']),
  peopleProperties: new Set(['$set', '$setOnce', '$add', '$append', '$prepend', '$unset', '$preInsert', '$postInsert', '$remove', '$clearAll']),
  prefixes: ['[Amplitude] '],
};
