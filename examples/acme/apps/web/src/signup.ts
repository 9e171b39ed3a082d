import mixpanel from 'mixpanel-browser';
import { identifyUser, trackEvent } from './analytics';
import { EVENTS } from './events';

interface SignupResult {
  user: { id: string; email: string };
  plan: 'free' | 'pro' | 'enterprise';
  trial: boolean;
}

export function onSignedUp(result: SignupResult, method: 'email' | 'google' | 'apple'): void {
  identifyUser(result.user);
  trackEvent(EVENTS.AUTH.SIGN_UP, {
    plan: result.plan,
    signupMethod: method,
    // trackplan: 'true' is a string; the plan says boolean (valid-properties)
    isTrial: 'true',
  });
  // trackplan: `plan` is owned by the server, which syncs it from billing (people-ownership)
  mixpanel.people.set({ plan: result.plan });
}

export function onLoggedIn(method: 'password' | 'google' | 'apple' | 'magicLink'): void {
  trackEvent(EVENTS.AUTH.LOG_IN, { method });
}
