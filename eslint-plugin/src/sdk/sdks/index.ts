import amplitudeAnalyticsBrowser from './amplitude-analytics-browser.js';
import mixpanel from './mixpanel.js';
import mixpanelBrowser from './mixpanel-browser.js';
import mixpanelReactNative from './mixpanel-react-native.js';
import posthogJs from './posthog-js.js';
import posthogNode from './posthog-node.js';
import rudderstackAnalyticsJs from './rudderstack-analytics-js.js';
import segmentAnalyticsNext from './segment-analytics-next.js';
import segmentAnalyticsNode from './segment-analytics-node.js';

/** Every SDK trackplan recognises, one file each. */
export const SDKS = [
  mixpanelBrowser,
  mixpanel,
  mixpanelReactNative,
  segmentAnalyticsNext,
  segmentAnalyticsNode,
  posthogJs,
  posthogNode,
  amplitudeAnalyticsBrowser,
  rudderstackAnalyticsJs,
] as const;
