import { error, type Diagnostic } from '../diagnostic.js';
import { isSdkNamespaced, RESERVED_BY_VENDOR, SDK_EVENT_PROPERTIES, vendorsReserving, type ReservedSection } from '../reserved/index.js';
import { didYouMean } from '../suggest.js';
import { type CheckContext } from './check-context.js';

const VENDOR_LABELS = Object.values(RESERVED_BY_VENDOR).map((v) => v.label);
const namesOf = (section: ReservedSection): string[] =>
  Object.values(RESERVED_BY_VENDOR).flatMap((v) => [
    ...(section === 'event' ? v.events : section === 'eventProperty' ? v.eventProperties : v.peopleProperties),
  ]);

/**
 * `$` and `mp_` names belong to the SDKs (Mixpanel's, PostHog's, Amplitude's own data): the plan may
 * describe the ones an SDK reserves, but not invent new ones, and may never retire one (retiring is
 * what cleanup hides or unsets). `distinct_id`, `token` and `time` are set by the SDK on every event.
 */
export function checkReservedNames({ plan, properties }: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const event of plan.events.values()) {
    if (!isSdkNamespaced(event.eventName)) continue;
    if (event.status === 'retired') diagnostics.push(error(plan.locate(['events', event.key, 'status']), cannotRetire(`event \`${event.eventName}\``)));
    else if (vendorsReserving(event.eventName, 'event').length === 0) {
      diagnostics.push(error(plan.locate(['events', event.key, 'eventName']), notReserved(`event \`${event.eventName}\``, 'event', event.eventName)));
    }
  }
  for (const { section, property, path } of properties) {
    const { name } = property;
    const at = () => plan.locate(path, 'key');
    if (section !== 'people' && SDK_EVENT_PROPERTIES.has(name)) {
      diagnostics.push(error(at(), `\`${name}\` is set by the SDK on every event and cannot be defined as a property (calls may always send it)`));
      continue;
    }
    if (!isSdkNamespaced(name)) continue;
    if (property.status === 'retired') {
      diagnostics.push(error(plan.locate([...path, 'status']), cannotRetire(`\`${name}\``)));
      continue;
    }
    const reservedSection = section === 'people' ? 'peopleProperty' : 'eventProperty';
    if (vendorsReserving(name, reservedSection).length === 0) {
      diagnostics.push(error(at(), notReserved(`\`${name}\``, reservedSection, name)));
    }
  }
  return diagnostics;
}

const notReserved = (what: string, section: ReservedSection, name: string): string =>
  `${what} is not one of the reserved ${section === 'event' ? 'events' : section === 'peopleProperty' ? 'profile properties' : 'event properties'} of ${VENDOR_LABELS.join(', ')}, ` +
  `and \`$\`/\`mp_\` names are reserved for them${didYouMean(name, namesOf(section))}`;

/** Retiring means cleanup hides or unsets it in Mixpanel: never done to the SDK's own data. */
const cannotRetire = (what: string): string =>
  `${what} cannot be retired: \`$\` and \`mp_\` names are the analytics SDK's own data, which trackplan never hides, drops or unsets; ` +
  'remove the entry from the plan, or mark it `status: deprecated`';
