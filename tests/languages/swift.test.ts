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

  it('lookalikes are not flagged: a file that does not import Mixpanel, a type with its own track method', async () => {
    const { findings } = await judgeSource(swift, `struct Audit { func track(event: String) {} }\nAudit().track(event: "Anything")\n`, ['mobile']);
    expect(findings).toEqual([]);
    const other = await judgeSource(swift, `import Mixpanel\nlet audit = Audit()\naudit.track(event: "Anything", properties: ["x": 1])\n`, ['mobile']);
    expect(other.findings).toEqual([]);
  });
});
