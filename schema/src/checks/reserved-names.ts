import { error, type Diagnostic } from '../diagnostic.js';
import { isMixpanelNamespaced, RESERVED_EVENT_PROPERTIES, RESERVED_PEOPLE_PROPERTIES, SDK_EVENT_PROPERTIES } from '../reserved-properties.js';
import { didYouMean } from '../suggest.js';
import { type CheckContext } from './check-context.js';

/**
 * `$` and `mp_` names belong to Mixpanel: the plan may describe the reserved ones but not invent
 * new ones. `distinct_id`, `token` and `time` are set by the SDK and are not event properties.
 */
export function checkReservedNames({ plan, properties }: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const event of plan.events.values()) {
    if (event.status === 'retired' && isMixpanelNamespaced(event.eventName)) {
      diagnostics.push(error(plan.locate(['events', event.key, 'status']), cannotRetire(`event \`${event.eventName}\``)));
    }
  }
  for (const { section, property, path } of properties) {
    const { name } = property;
    const at = () => plan.locate(path, 'key');
    if (property.status === 'retired' && isMixpanelNamespaced(name)) diagnostics.push(error(plan.locate([...path, 'status']), cannotRetire(`\`${name}\``)));
    if (section !== 'people' && SDK_EVENT_PROPERTIES.has(name)) {
      diagnostics.push(error(at(), `\`${name}\` is set by the SDK on every event and cannot be defined as a property (calls may always send it)`));
      continue;
    }
    const reserved = section === 'people' ? RESERVED_PEOPLE_PROPERTIES : RESERVED_EVENT_PROPERTIES;
    if (isMixpanelNamespaced(name) && !reserved.has(name)) {
      diagnostics.push(
        error(
          at(),
          `\`${name}\` is not one of Mixpanel's reserved ${section === 'people' ? 'profile' : 'event'} properties, and \`$\`/\`mp_\` names are reserved for them${didYouMean(name, reserved)}`,
        ),
      );
    }
  }
  return diagnostics;
}

/** Retiring means cleanup hides or unsets it in Mixpanel: never done to the SDK's own data. */
const cannotRetire = (what: string): string =>
  `${what} cannot be retired: \`$\` and \`mp_\` names are the analytics SDK's own data, which trackplan never hides, drops or unsets; ` +
  'remove the entry from the plan, or mark it `status: deprecated`';
