import { client, defineSdk, MIXPANEL_PEOPLE, peopleMethods, track } from '../sdk-definition.js';

/** mixpanel-browser: the default (or namespace) import is the client; `init(token, config, name)` makes a named one. */
export default defineSdk({
  name: 'mixpanel-browser',
  vendor: 'mixpanel',
  side: 'client',
  modules: { 'mixpanel-browser': { default: client, namespace: client, types: ['Mixpanel'] } },
  clientMethods: {
    track: track(),
    track_with_groups: track(),
    time_event: { kind: 'time-event', event: 0 },
    register: { kind: 'register', properties: 0 },
    register_once: { kind: 'register', properties: 0 },
    unregister: { kind: 'unregister', nameOrObject: 0 },
    identify: { kind: 'identify', distinctId: 0 },
    alias: { kind: 'alias', distinctId: 0 },
  },
  peopleMethods: peopleMethods(MIXPANEL_PEOPLE, 0),
  peopleAccess: 'member',
  returnsClient: { init: { minArguments: 3 } },
});
