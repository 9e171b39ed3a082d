import { defineSdk, factory, track } from '../sdk-definition.js';

/** @segment/analytics-next: `AnalyticsBrowser.load({ writeKey })`; identify traits are profile writes. */
export default defineSdk({
  name: '@segment/analytics-next',
  vendor: 'segment',
  side: 'client',
  modules: { '@segment/analytics-next': { named: { AnalyticsBrowser: factory('load') }, types: ['AnalyticsBrowser', 'Analytics'] } },
  clientMethods: { track: track(), identify: { kind: 'identify', distinctId: 0, properties: 1, writesPeople: true } },
});
