import { defineSdk, factory, peopleMethods, track } from '../sdk-definition.js';

/** mixpanel-react-native: `new Mixpanel(token, trackAutomaticEvents)`; people through `getPeople()`. */
export default defineSdk({
  name: 'mixpanel-react-native',
  vendor: 'mixpanel',
  side: 'client',
  modules: { 'mixpanel-react-native': { named: { Mixpanel: factory('new') }, types: ['Mixpanel'] } },
  clientMethods: {
    track: track(),
    timeEvent: { kind: 'time-event', event: 0 },
    registerSuperProperties: { kind: 'register', properties: 0 },
    registerSuperPropertiesOnce: { kind: 'register', properties: 0 },
    unregisterSuperProperty: { kind: 'unregister', nameOrObject: 0 },
    identify: { kind: 'identify', distinctId: 0 },
    alias: { kind: 'alias', distinctId: 0 },
  },
  peopleMethods: peopleMethods(
    {
      set: 'set',
      setOnce: 'set_once',
      increment: 'increment',
      append: 'append',
      union: 'union',
      remove: 'remove',
      unset: 'unset',
      trackCharge: 'track_charge',
      clearCharges: 'clear_charges',
      deleteUser: 'delete_user',
    },
    0,
  ),
  peopleAccess: 'getPeople',
});
