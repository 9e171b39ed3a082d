import mixpanel from 'mixpanel-browser';

mixpanel.init(import.meta.env.VITE_MIXPANEL_TOKEN, { track_pageview: 'url-with-path', persistence: 'localStorage' });
mixpanel.register({ appVersion: import.meta.env.VITE_APP_VERSION, platform: 'web' });

/** Every web event goes through here, so the plan's `code.trackers` names it. */
export function trackEvent(eventName: string, properties: Record<string, unknown> = {}): void {
  mixpanel.track(eventName, properties);
}

export function identifyUser(user: { id: string; email: string }): void {
  // trackplan: identify with an email, which changes; the id never does (stable-identity)
  mixpanel.identify(user.email);
}

export function rememberTheme(theme: 'light' | 'dark' | 'system'): void {
  mixpanel.people.set({ preferredTheme: theme });
}
