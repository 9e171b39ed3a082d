/**
 * Mixpanel's reserved names, as the rest of trackplan has always read them; each vendor's lists
 * live in reserved/ (one file per vendor).
 */
import { MIXPANEL } from './reserved/mixpanel.js';

export { SDK_EVENT_PROPERTIES } from './reserved/mixpanel.js';

/** Properties every event may carry without the plan listing them. */
export const RESERVED_EVENT_PROPERTIES: ReadonlySet<string> = MIXPANEL.eventProperties;

/** Reserved and default profile properties, which the plan's `people` section may define. */
export const RESERVED_PEOPLE_PROPERTIES: ReadonlySet<string> = MIXPANEL.peopleProperties;

/** Properties that only the SDKs may name: they start with `$` or `mp_`. */
export { isSdkNamespaced as isMixpanelNamespaced } from './reserved/index.js';
