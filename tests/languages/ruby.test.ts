import { describe, expect, it } from 'vitest';
import { ruby } from '../../cli/src/languages/ruby.js';
import { judgeSource } from './judge-source.js';

/** mixpanel-ruby, written as its README and Rails apps write it. */
describe('Ruby: mixpanel-ruby calls judged as the ESLint rules judge JS', () => {
  it('a Rails service: a memoised tracker, constants in modules, string and symbol keys, trailing keyword pairs', async () => {
    const { findings, fixed } = await judgeSource(
      ruby,
      `require 'mixpanel-ruby'

module Analytics
  ORDER = 'Order completed'.freeze
end

class CheckoutJob
  def tracker
    @tracker ||= Mixpanel::Tracker.new(ENV['MIXPANEL_TOKEN'])
  end

  def perform(order)
    tracker.track(order.user_id, Analytics::ORDER, { 'orderId' => order.uuid, 'revenue' => '9.99', curency: 'EUR' })
    tracker.track(order.user_id, 'Order completed', orderId: order.uuid, revenue: 9.99)
    tracker.track(order.user_id, "Wishlist shared")
  end
end
`,
    );
    expect(findings).toEqual([
      `valid-properties 13:92 '9.99': \`revenue\` must be a number, not the string "9.99" (event \`Order completed\`).`,
      'valid-properties 13:100 curency: `curency` is not a property of event `Order completed`. Did you mean `currency`?',
      'known-event 15:34 "Wishlist shared": Event `Wishlist shared` is retired (The wishlist was removed): it must no longer be sent. Send `Order completed` instead.',
    ]);
    expect(fixed).toContain("'revenue' => 9.99, currency: 'EUR'");
  });

  it("server people updates without `ip` and `optional_params` get `0, { '$ignore_time' => true }`, filling track_charge's properties", async () => {
    const { findings, fixed } = await judgeSource(
      ruby,
      `require 'mixpanel-ruby'
TRACKER = Mixpanel::Tracker.new(token)
TRACKER.people.set(user.id, { 'plan' => 'pro' })
TRACKER.people.set(user.id, { 'plan' => 'pro' }, 0)
TRACKER.people.track_charge(user.id, 9.99)
TRACKER.people.set(user.id, { 'plan' => 'pro' }, 0, { '$ignore_time' => true })
TRACKER.people.plus_one(user.id, 'loginCount', 0, { '$ignore_time' => true })
`,
    );
    expect(findings.map((f) => f.split(': ')[0])).toEqual([
      "server-people-modifiers 3:1 TRACKER.people.set(user.id, { 'plan' => 'pro' })",
      'server-people-modifiers 4:50 0',
      'server-people-modifiers 5:1 TRACKER.people.track_charge(user.id, 9.99)',
    ]);
    expect(fixed).toContain(
      "TRACKER.people.set(user.id, { 'plan' => 'pro' }, 0, { '$ignore_time' => true })\nTRACKER.people.set(user.id, { 'plan' => 'pro' }, 0, { '$ignore_time' => true })",
    );
    expect(fixed).toContain("TRACKER.people.track_charge(user.id, 9.99, {}, 0, { '$ignore_time' => true })");
  });

  it('Segment (analytics-ruby) and PostHog (posthog-ruby): one options hash, keys by name, vendors named', async () => {
    const { findings } = await judgeSource(
      ruby,
      `require 'segment/analytics'
require 'posthog'

class Checkout
  def analytics
    @analytics ||= Segment::Analytics.new(write_key: ENV['SEGMENT_KEY'])
  end

  def posthog
    @posthog ||= PostHog::Client.new(api_key: ENV['POSTHOG_KEY'])
  end

  def done(user, order)
    analytics.track(user_id: user.id, event: 'Order completed', properties: { orderId: order.id, revenue: '12' })
    analytics.identify(user_id: user.email, traits: { plan: 'pro' })
    posthog.capture(distinct_id: user.id, event: 'Order Completed', properties: { 'orderId' => 'a', 'revenue' => 1 })
    posthog.capture({ distinct_id: user.id, event: 'Order completed', properties: { orderId: 'a', revenue: 1, '$set' => { theme: 'blue' } } })
  end
end
`,
    );
    expect(findings).toEqual([
      'valid-properties 14:107 \'12\': `revenue` must be a number, not the string "12" (event `Order completed`).',
      'stable-identity 15:33 user.email: This identify call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Segment sees a new person and splits their history.',
      "known-event 16:50 'Order Completed': Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?",
      'valid-properties 17:130 \'blue\': `theme` must be one of "light", "dark", not "blue" (the people properties).',
    ]);
  });

  it("the plan's wrappers are checked too, trailing keyword pairs as their properties", async () => {
    const { findings } = await judgeSource(ruby, `serverCapture(user.id, 'Order Completed', orderId: 'a', revenue: 1)\n`);
    expect(findings).toEqual(["known-event 1:24 'Order Completed': Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?"]);
  });

  it('a wrapper whose event and properties the plan names as keywords: `Analytics.log(event:, props:)`', async () => {
    const { findings } = await judgeSource(ruby, `Analytics.log(props: { orderId: 'a', revenue: 1 }, event: 'Order Completed')\n`);
    expect(findings).toEqual(["known-event 1:59 'Order Completed': Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?"]);
  });

  it('reports an email as the distinct id; lookalikes without Mixpanel::Tracker are not flagged', async () => {
    const { findings } = await judgeSource(ruby, `tracker = Mixpanel::Tracker.new(t)\ntracker.alias(current_user.email, session[:anon_id])\n`);
    expect(findings).toEqual([
      'stable-identity 2:15 current_user.email: This alias call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Mixpanel sees a new person and splits their history.',
    ]);
    const lookalike = await judgeSource(ruby, `class Audit\n  def track(a, b, c); end\nend\nAudit.new.track(user.email, 'Anything', {})\n`);
    expect(lookalike.findings).toEqual([]);
  });
});
