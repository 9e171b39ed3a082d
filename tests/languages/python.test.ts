import { describe, expect, it } from 'vitest';
import { python } from '../../cli/src/languages/python.js';
import { judgeSource } from './judge-source.js';

/** mixpanel-python, written as its README and Django apps write it. */
describe('Python: mixpanel-python calls judged as the ESLint rules judge JS', () => {
  it('a Django service: a constant and a str Enum as event names, keyword arguments, dict literals with types from the plan', async () => {
    const { findings, fixed } = await judgeSource(
      python,
      `from enum import Enum
from mixpanel import Mixpanel

mp = Mixpanel(settings.MIXPANEL_TOKEN)
ORDER = "Order completed"

class Events(str, Enum):
    SIGNUP = 'User Signs Up'

def completed(user, order):
    mp.track(user.id, ORDER, {
        "orderId": str(order.id),
        "revenue": "12.50",
        "curency": "EUR",
    })
    mp.track(distinct_id=user.id, event_name=Events.SIGNUP, properties={"plan": "gold"})
    mp.track(user.id, "Order Completed", {})
`,
    );
    expect(findings).toEqual([
      'valid-properties 13:20 "12.50": `revenue` must be a number, not the string "12.50" (event `Order completed`).',
      'valid-properties 14:9 "curency": `curency` is not a property of event `Order completed`. Did you mean `currency`?',
      // The deprecated spelling plans no properties of its own.
      'valid-properties 16:73 "plan": `plan` is not a property of event `User Signs Up`.',
      'no-deprecated-event 16:46 Events.SIGNUP: Event `User Signs Up` is deprecated (One spelling for all platforms). Send `User signs up` instead.',
      'event-in-product 16:46 Events.SIGNUP: Event `User Signs Up` is not planned for product `backend` (the plan lists it for `mobile`). Add `backend` to its `products` in the plan, or send a different event.',
      'known-event 17:23 "Order Completed": Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
    ]);
    // Suggestions in Python's own syntax, quotes kept.
    expect(fixed).toContain('"revenue": 12.5,');
    expect(fixed).toContain('"currency": "EUR"');
    expect(fixed).toContain('mp.track(user.id, "Order completed", {})');
  });

  it('server people updates without meta get `meta={"$ip": 0, "$ignore_time": True}` as a keyword argument', async () => {
    const { findings, fixed } = await judgeSource(
      python,
      `import mixpanel
client = mixpanel.Mixpanel(token)
client.people_set(user.id, {'plan': 'pro'})
client.people_increment(user.id, {'loginCount': 1}, meta={'$ip': 0})
client.people_set(user.id, {'plan': 'pro'}, meta=build_meta())
client.people_set(user.id, {'plan': 'pro'}, meta={'$ip': 0, '$ignore_time': True})
`,
    );
    expect(findings).toEqual([
      "server-people-modifiers 3:1 client.people_set(user.id, {'plan': 'pro'}): Server-side `people_set` without modifiers: pass `{ $ip: 0, $ignore_time: true }`, or Mixpanel places the user at the server’s location and moves their “last seen” to now.",
      "server-people-modifiers 4:58 {'$ip': 0}: Server-side `people_increment` modifiers lack `$ignore_time: true`: without them Mixpanel moves the user’s “last seen” to now.",
      'server-people-modifiers 5:50 build_meta(): Server-side `people_set` modifiers are built elsewhere; make sure they set `$ip: 0` and `$ignore_time: true`, or write them here as an object.',
    ]);
    expect(fixed).toContain("client.people_set(user.id, {'plan': 'pro'}, meta={'$ip': 0, '$ignore_time': True})\nclient.people_increment");
    expect(fixed).toContain("meta={'$ip': 0, '$ignore_time': True})\nclient.people_set(user.id, {'plan': 'pro'}, meta=build_meta())");
  });

  it('identifies users by a stable id: an email, a `user["email"]` or `email.lower()` is reported', async () => {
    const { findings } = await judgeSource(
      python,
      `from mixpanel import Mixpanel as MP
mp = MP(token)
mp.alias(user.email, anonymous_id)
mp.track(request.user["email"].lower(), "Order completed", {"orderId": "a", "revenue": 1})
mp.track(f"{user.uuid}", "Order completed", {"orderId": "a", "revenue": 1})
`,
    );
    expect(findings.map((f) => f.split(':')[0])).toEqual(['stable-identity 3', 'stable-identity 4']);
    expect(findings[0]).toContain('This alias call uses `email`');
  });

  it('Segment (analytics-python) and PostHog (posthog-python, both capture signatures), with their vendors named', async () => {
    const { findings } = await judgeSource(
      python,
      `import segment.analytics as analytics
import posthog
from posthog import Posthog

analytics.write_key = settings.SEGMENT_KEY
client = Posthog(settings.POSTHOG_KEY, host="https://eu.posthog.com")

def completed(user, order):
    analytics.track(user.id, "Order completed", {"orderId": order.id, "revenue": "12"})
    analytics.identify(user.email, {"plan": "pro"})
    posthog.capture("Order Completed", distinct_id=user.id, properties={"orderId": "a", "revenue": 1})
    client.capture(user.id, "Order completed", {"orderId": "a", "revenue": 1, "$set": {"plan": "pro", "theme": "blue"}})
    client.set(distinct_id=user.id, properties={"loginCount": "3"})
`,
    );
    expect(findings).toEqual([
      'valid-properties 9:82 "12": `revenue` must be a number, not the string "12" (event `Order completed`).',
      'stable-identity 10:24 user.email: This identify call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Segment sees a new person and splits their history.',
      'known-event 11:21 "Order Completed": Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
      'valid-properties 12:112 "blue": `theme` must be one of "light", "dark", not "blue" (the people properties).',
      'valid-properties 13:63 "3": `loginCount` must be an integer, not the string "3" (the people properties).',
    ]);
  });

  it('Amplitude (amplitude-python): track(BaseEvent(event_type, user_id=..., event_properties=...)), read from the event object', async () => {
    const { findings } = await judgeSource(
      python,
      `from amplitude import Amplitude, BaseEvent

client = Amplitude(settings.AMPLITUDE_KEY)
client.track(BaseEvent(event_type="Order completed", user_id=user.email, event_properties={"orderId": "a", "revenue": "9"}))
client.track(event)  # built elsewhere: nothing to read
`,
    );
    expect(findings).toEqual([
      'valid-properties 4:119 "9": `revenue` must be a number, not the string "9" (event `Order completed`).',
      'stable-identity 4:62 user.email: This call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Amplitude sees a new person and splits their history.',
    ]);
  });

  it('a wrapper whose event and properties the plan names as keywords: `Analytics.log(event=..., props=...)`', async () => {
    const { findings } = await judgeSource(python, `Analytics.log(props={"orderId": "a", "revenue": "12"}, event="Order completed")\n`);
    expect(findings).toEqual(['valid-properties 1:49 "12": `revenue` must be a number, not the string "12" (event `Order completed`).']);
  });

  it("the plan's wrappers are checked too: `serverCapture(distinct_id, event, properties)` from code.trackers", async () => {
    const { findings } = await judgeSource(
      python,
      `from app.analytics import server_capture as serverCapture\nserverCapture(user.email, "Order completed", {"orderId": "a", "revenue": "12"})\n`,
    );
    expect(findings).toEqual([
      'valid-properties 2:74 "12": `revenue` must be a number, not the string "12" (event `Order completed`).',
      'stable-identity 2:15 user.email: This call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, the analytics tool sees a new person and splits their history.',
    ]);
  });

  it('lookalikes are not flagged: no mixpanel import, another class with a track method, dynamic names unknown', async () => {
    const { findings } = await judgeSource(
      python,
      `class Tracker:
    def track(self, a, b, c): pass
t = Tracker()
t.track(user.email, "Anything", {"x": 1})
`,
    );
    expect(findings).toEqual([]);
    const dynamic = await judgeSource(python, `from mixpanel import Mixpanel\nmp = Mixpanel(t)\nmp.track(uid, name_for(kind), {})\n`);
    expect(dynamic.findings).toEqual([]);
    // A commented-out call and a log line that spells one are not calls.
    const quiet = await judgeSource(
      python,
      `from mixpanel import Mixpanel\nmp = Mixpanel(t)\n# mp.track(user.email, "Nope", {})\nlogger.info("mp.track(user.email, 'Nope', {})")\n`,
    );
    expect(quiet.findings).toEqual([]);
  });
});
