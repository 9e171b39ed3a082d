import { mixpanel, serverTrack } from './lib/analytics';

export function onSubscribed(userId: string, plan: 'free' | 'pro' | 'enterprise', period: 'monthly' | 'yearly'): void {
  serverTrack(userId, 'Subscription started', { plan, billingPeriod: period });
  mixpanel.people.set(userId, { plan }, { $ip: 0, $ignore_time: true });
}
