import { defineSdk, factory } from '../sdk-definition.js';

/** posthog-node: `new PostHog(apiKey)`; calls take one object with the distinct id. */
export default defineSdk({
  name: 'posthog-node',
  vendor: 'posthog',
  side: 'server',
  modules: { 'posthog-node': { named: { PostHog: factory('new') }, types: ['PostHog', 'IPostHog'] } },
  clientMethods: {
    capture: { kind: 'track', objectKeys: { event: 'event', properties: 'properties', distinctId: 'distinctId' } },
    identify: { kind: 'identify', objectKeys: { distinctId: 'distinctId', properties: 'properties' }, writesPeople: true },
  },
});
