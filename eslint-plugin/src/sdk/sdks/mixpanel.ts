import { defineSdk, factory, MIXPANEL_PEOPLE, peopleMethods, track } from '../sdk-definition.js';

/**
 * mixpanel (Node): `Mixpanel.init(token)` (or `require('mixpanel')`) makes the client; people methods
 * take the distinct id first and, on the server, modifiers after the values (lib/people.js).
 */
export default defineSdk({
  name: 'mixpanel',
  vendor: 'mixpanel',
  side: 'server',
  modules: { mixpanel: { default: factory('init'), namespace: factory('init'), types: ['Mixpanel'] } },
  clientMethods: { track: track(), alias: { kind: 'alias', distinctId: 0 } },
  peopleMethods: peopleMethods(MIXPANEL_PEOPLE, 1, 0),
  peopleAccess: 'member',
  // set(id, prop, value, modifiers, cb) / set(id, props, modifiers, cb), unset(id, prop, modifiers, cb), ...
  peopleModifiersIndex(method, nameForm) {
    switch (method) {
      case 'set':
      case 'set_once':
      case 'increment':
      case 'append':
        return nameForm ? 3 : 2;
      case 'union':
      case 'remove':
      case 'unset':
        return 2;
      case 'track_charge':
        return 3;
      case 'clear_charges':
      case 'delete_user':
        return 1;
      default:
        return undefined;
    }
  },
  // increment(id, prop, by = 1, modifiers), track_charge(id, amount, properties = {}, modifiers)
  defaultsBeforeModifiers: { increment: { 2: '1' }, track_charge: { 2: '{}' } },
});
