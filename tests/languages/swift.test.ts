import { describe, expect, it } from 'vitest';
import { swift } from '../../cli/src/languages/swift.js';
import { judgeSource } from './judge-source.js';

/** mixpanel-swift, written as its README and iOS apps write it. */
describe('Swift: mixpanel-swift calls judged as the ESLint rules judge JS', () => {
  it('an iOS view model: labelled arguments, an enum raw value as the event, multi-line dictionaries, both people.set forms', async () => {
    const { findings, fixed } = await judgeSource(
      swift,
      `import Mixpanel

enum Event: String {
    case signUp = "User signs up"
}

final class SignupViewModel {
    private let mixpanel: MixpanelInstance = Mixpanel.mainInstance()

    func didSignUp(user: User) {
        mixpanel.track(event: Event.signUp.rawValue, properties: [
            "plan": "gold",
            "isTrial": "true",
            "seats": 2,
        ])
        Mixpanel.mainInstance().track(event: "User Signs Up")
        mixpanel.identify(distinctId: user.email)
        mixpanel.people.set(properties: ["plan": "pro", "theme": "dark"])
        mixpanel.people.set(property: "loginCount", to: "1")
    }
}
`,
      ['mobile'],
    );
    expect(findings).toEqual([
      'valid-properties 12:21 "gold": `plan` must be one of "free", "pro", "enterprise", not "gold" (event `User signs up`).',
      'valid-properties 13:24 "true": `isTrial` must be a boolean, not the string "true" (event `User signs up`).',
      'no-deprecated-event 16:46 "User Signs Up": Event `User Signs Up` is deprecated (One spelling for all platforms). Send `User signs up` instead.',
      'stable-identity 17:39 user.email: This identify call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Mixpanel sees a new person and splits their history.',
      'people-ownership 18:42 "plan": `plan` is a server-owned people property: it is a read-only copy of the application’s own data, which the server syncs to Mixpanel. Client code must not write it (people.set).',
      'valid-properties 19:57 "1": `loginCount` must be an integer, not the string "1" (the people properties).',
    ]);
    expect(fixed).toContain('"isTrial": true,');
    expect(fixed).toContain('Mixpanel.mainInstance().track(event: "User signs up")');
    expect(fixed).toContain('mixpanel.people.set(property: "loginCount", to: 1)');
  });

  it("the plan's wrappers are checked too, arguments counted as written whatever their labels", async () => {
    const { findings } = await judgeSource(swift, `serverCapture(user.uuid, event: "Wishlist shared", properties: [:])\n`, ['mobile']);
    expect(findings).toEqual([
      'known-event 1:33 "Wishlist shared": Event `Wishlist shared` is retired (The wishlist was removed): it must no longer be sent. Send `Order completed` instead.',
    ]);
  });

  it('a wrapper whose event and properties the plan names by label: `Analytics.log(event:props:)`', async () => {
    const { findings } = await judgeSource(swift, `Analytics.log(props: ["orderId": "a", "revenue": "12"], event: "Order completed")\n`, ['backend']);
    expect(findings).toEqual(['valid-properties 1:50 "12": `revenue` must be a number, not the string "12" (event `Order completed`).']);
  });

  it('lookalikes are not flagged: a file that does not import Mixpanel, a type with its own track method', async () => {
    const { findings } = await judgeSource(swift, `struct Audit { func track(event: String) {} }\nAudit().track(event: "Anything")\n`, ['mobile']);
    expect(findings).toEqual([]);
    const other = await judgeSource(swift, `import Mixpanel\nlet audit = Audit()\naudit.track(event: "Anything", properties: ["x": 1])\n`, ['mobile']);
    expect(other.findings).toEqual([]);
  });
});

/** Segment (analytics-swift), PostHog (posthog-ios) and Amplitude (Amplitude-Swift), as their READMEs write them. */
describe('Swift: Segment, PostHog and Amplitude calls', () => {
  it('each SDK by its import, its client held or in place, its labels and overloads, the vendor named', async () => {
    const { findings } = await judgeSource(
      swift,
      `import Segment
import PostHog
import AmplitudeSwift

final class Tracking {
    static let analytics = Analytics(configuration: Configuration(writeKey: "key"))
    let amplitude: Amplitude

    func signedUp(user: User) {
        Tracking.analytics.track(name: "User signs up", properties: ["plan": "gold"])
        Tracking.analytics.identify(userId: user.email, traits: ["plan": "pro"])
        PostHogSDK.shared.capture("User Signup", properties: ["plan": "pro"], userProperties: ["loginCount": "1"])
        PostHogSDK.shared.identify(user.uuid, userProperties: ["theme": "dark"])
        PostHogSDK.shared.register(["platform": "ios"])
        amplitude.track(eventType: "User signs up", eventProperties: ["isTrial": "yes", "plan": "free"])
        amplitude.setUserId(userId: user.email)
    }
}
`,
      ['mobile'],
    );
    expect(findings).toEqual([
      'valid-properties 10:78 "gold": `plan` must be one of "free", "pro", "enterprise", not "gold" (event `User signs up`).',
      'people-ownership 11:66 "plan": `plan` is a server-owned people property: it is a read-only copy of the application’s own data, which the server syncs to Segment. Client code must not write it (identify).',
      'stable-identity 11:45 user.email: This identify call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Segment sees a new person and splits their history.',
      'known-event 12:35 "User Signup": Event `User Signup` is not in the tracking plan. Did you mean `User signs up`?',
      'valid-properties 12:110 "1": `loginCount` must be an integer, not the string "1" (the people properties).',
      'valid-properties 15:82 "yes": `isTrial` must be a boolean, not the string "yes" (event `User signs up`).',
      'stable-identity 16:37 user.email: This identify call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Amplitude sees a new person and splits their history.',
    ]);
  });

  it('lookalikes: a file without the SDK import, another object with a track(name:) method', async () => {
    const { findings } = await judgeSource(swift, `let analytics = Analytics(configuration: c)\nanalytics.track(name: "Anything")\n`, ['mobile']);
    expect(findings).toEqual([]);
    const other = await judgeSource(swift, `import Segment\nlet audit = Audit()\naudit.track(name: "Anything")\n`, ['mobile']);
    expect(other.findings).toEqual([]);
  });
});
