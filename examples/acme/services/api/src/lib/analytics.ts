import Mixpanel from 'mixpanel';

export const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? '', { host: 'api-eu.mixpanel.com' });

/** Server events always name the user, since there is no device to remember them. */
export function serverTrack(distinctId: string, eventName: string, properties: Record<string, unknown>): void {
  mixpanel.track(eventName, { distinct_id: distinctId, ...properties });
}
