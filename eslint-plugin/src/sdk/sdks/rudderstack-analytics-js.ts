import { defineSdk, factory, track } from '../sdk-definition.js';

/** @rudderstack/analytics-js: `new RudderAnalytics()`; Segment's spec. */
export default defineSdk({
  name: '@rudderstack/analytics-js',
  vendor: 'segment',
  side: 'client',
  modules: { '@rudderstack/analytics-js': { named: { RudderAnalytics: factory('new') }, types: ['RudderAnalytics'] } },
  clientMethods: { track: track(), identify: { kind: 'identify', distinctId: 0, properties: 1, writesPeople: true } },
});
