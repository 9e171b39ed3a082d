import { Mixpanel } from 'mixpanel-react-native';
import Config from 'react-native-config';
import { Platform } from 'react-native';
import { version } from '../package.json';

const trackAutomaticEvents = false;
export const mixpanel = new Mixpanel(Config.MIXPANEL_TOKEN, trackAutomaticEvents);

export async function startAnalytics(): Promise<void> {
  await mixpanel.init();
  mixpanel.registerSuperProperties({ appVersion: version, platform: Platform.OS === 'ios' ? 'iOS' : 'android' });
  mixpanel.getPeople().set('usedMobileApp', true);
}
