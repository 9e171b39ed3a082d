import { client, defineSdk, factory, fn, track } from '../sdk-definition.js';

/** @amplitude/analytics-browser: namespace or named functions, and `createInstance()` clients. */
export default defineSdk({
  name: '@amplitude/analytics-browser',
  vendor: 'amplitude',
  side: 'client',
  modules: {
    '@amplitude/analytics-browser': {
      default: client,
      namespace: client,
      named: { track: fn('track'), logEvent: fn('logEvent'), setUserId: fn('setUserId'), createInstance: factory('call') },
    },
  },
  clientMethods: { track: track(), logEvent: track(), setUserId: { kind: 'identify', distinctId: 0 } },
  returnsClient: { createInstance: { minArguments: 0 } },
});
