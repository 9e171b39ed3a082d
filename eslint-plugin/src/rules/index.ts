import eventInProduct from './event-in-product.js';
import knownEvent from './known-event.js';
import noDeprecatedEvent from './no-deprecated-event.js';
import noDynamicEvent from './no-dynamic-event.js';
import peopleOwnership from './people-ownership.js';
import serverPeopleModifiers from './server-people-modifiers.js';
import stableIdentity from './stable-identity.js';
import validProperties from './valid-properties.js';

/** Every rule, by the name users write after `trackplan/`. */
export const rules = {
  'known-event': knownEvent,
  'valid-properties': validProperties,
  'no-deprecated-event': noDeprecatedEvent,
  'no-dynamic-event': noDynamicEvent,
  'event-in-product': eventInProduct,
  'people-ownership': peopleOwnership,
  'stable-identity': stableIdentity,
  'server-people-modifiers': serverPeopleModifiers,
};

export type RuleName = keyof typeof rules;
