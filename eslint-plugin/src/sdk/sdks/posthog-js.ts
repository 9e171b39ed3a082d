import { client, defineSdk, factory, track } from '../sdk-definition.js';

/** posthog-js: the `posthog` client, and `usePostHog()` from posthog-js/react. */
export default defineSdk({
  name: 'posthog-js',
  vendor: 'posthog',
  side: 'client',
  modules: {
    'posthog-js': { default: client, named: { posthog: client }, types: ['PostHog'] },
    'posthog-js/react': { named: { usePostHog: factory('call') }, types: ['PostHog'] },
  },
  clientMethods: {
    capture: track(),
    identify: { kind: 'identify', distinctId: 0, properties: 1, writesPeople: true },
    alias: { kind: 'alias', distinctId: 0 },
    register: { kind: 'register', properties: 0 },
    register_once: { kind: 'register', properties: 0 },
    unregister: { kind: 'unregister', nameOrObject: 0 },
    setPersonProperties: { kind: 'people', peopleMethod: 'set', properties: 0 },
  },
});
