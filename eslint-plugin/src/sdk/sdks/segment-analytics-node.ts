import { defineSdk, factory } from '../sdk-definition.js';

/** @segment/analytics-node: `new Analytics({ writeKey })`; calls take one object. */
export default defineSdk({
  name: '@segment/analytics-node',
  vendor: 'segment',
  side: 'server',
  modules: { '@segment/analytics-node': { default: factory('new'), named: { Analytics: factory('new') }, types: ['Analytics'] } },
  clientMethods: {
    track: { kind: 'track', objectKeys: { event: 'event', properties: 'properties', distinctId: 'userId' } },
    identify: { kind: 'identify', objectKeys: { distinctId: 'userId', properties: 'traits' }, writesPeople: true },
  },
});
