import { describe, expect, it } from 'vitest';
import { kotlin } from '../../cli/src/languages/kotlin.js';
import { judgeSource } from './judge-source.js';

/** mixpanel-android from Kotlin, as Android apps write it. */
describe('Kotlin: mixpanel-android calls judged as the ESLint rules judge JS', () => {
  it('an Android activity: a const val in an object, JSONObject().put chains, mapOf, the people property and getPeople()', async () => {
    const { findings, fixed } = await judgeSource(
      kotlin,
      `import com.mixpanel.android.mpmetrics.MixpanelAPI
import org.json.JSONObject

object Events {
    const val SIGN_UP = "User signs up"
}

class SignupActivity : AppCompatActivity() {
    private val mixpanel: MixpanelAPI by lazy { MixpanelAPI.getInstance(this, BuildConfig.MIXPANEL_TOKEN, true) }

    fun onSignedUp(user: User) {
        mixpanel.track(Events.SIGN_UP, JSONObject().put("plan", "pro").put("isTrial", "false"))
        mixpanel.trackMap("User signs up", mapOf("plan" to "gold", "seats" to 0))
        mixpanel.people.set("plan", "pro")
        mixpanel.getPeople().increment("loginCount", 1.5)
        mixpanel.identify(user.email)
    }
}
`,
      ['mobile'],
    );
    expect(findings).toEqual([
      'valid-properties 12:87 "false": `isTrial` must be a boolean, not the string "false" (event `User signs up`).',
      'valid-properties 13:60 "gold": `plan` must be one of "free", "pro", "enterprise", not "gold" (event `User signs up`).',
      'valid-properties 13:79 0: `seats` must be >= 1 (got 0) (event `User signs up`).',
      'people-ownership 14:29 "plan": `plan` is a server-owned people property: it is a read-only copy of the application’s own data, which the server syncs to Mixpanel. Client code must not write it (people.set).',
      'valid-properties 15:54 1.5: `loginCount` must be an integer, not number 1.5 (the people properties).',
      'stable-identity 16:27 user.email: This identify call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Mixpanel sees a new person and splits their history.',
    ]);
    expect(fixed).toContain('.put("isTrial", false))');
  });

  it('a wrapper whose event and properties the plan names: Kotlin named arguments `Analytics.log(props = ..., event = ...)`', async () => {
    const { findings } = await judgeSource(
      kotlin,
      `fun f() {\n    Analytics.log(props = mapOf("orderId" to "a", "revenue" to "12"), event = "Order completed")\n}\n`,
    );
    expect(findings).toEqual(['valid-properties 2:64 "12": `revenue` must be a number, not the string "12" (event `Order completed`).']);
  });

  it('lookalikes are not flagged: no mixpanel-android import, or a different object with a track method', async () => {
    expect(
      (await judgeSource(kotlin, `class Audit { fun track(e: String, p: Any?) {} }\nfun f() { Audit().track("Anything", null) }\n`, ['mobile'])).findings,
    ).toEqual([]);
    const other = `import com.mixpanel.android.mpmetrics.MixpanelAPI\nval audit = Audit()\nfun f() { audit.track("Anything", JSONObject().put("x", 1)) }\n`;
    expect((await judgeSource(kotlin, other, ['mobile'])).findings).toEqual([]);
    // A commented-out call and a log line that spells one are not calls.
    const quiet = `import com.mixpanel.android.mpmetrics.MixpanelAPI\nval mp = MixpanelAPI.getInstance(c, "t", true)\n// mp.track("Nope", null)\nfun f() { Log.d("tag", "mp.track(\\"Nope\\")") }\n`;
    expect((await judgeSource(kotlin, quiet, ['mobile'])).findings).toEqual([]);
  });
});

/** Segment (analytics-kotlin), PostHog (posthog-android) and Amplitude (Amplitude-Kotlin), as their READMEs write them. */
describe('Kotlin: Segment, PostHog and Amplitude calls', () => {
  it('each SDK by its import: buildJsonObject and mapOf properties, named arguments, the PostHog object, the vendor named', async () => {
    const { findings } = await judgeSource(
      kotlin,
      `import com.segment.analytics.kotlin.android.Analytics
import com.posthog.PostHog
import com.amplitude.android.Amplitude

class MainActivity : AppCompatActivity() {
    private val analytics = Analytics("key", applicationContext)
    private lateinit var amplitude: Amplitude

    fun signedUp(user: User) {
        analytics.track("User signs up", buildJsonObject {
            put("plan", "gold")
            put("seats", 2)
        })
        analytics.identify(user.email, buildJsonObject { put("plan", "pro") })
        PostHog.capture(event = "User Signup", userProperties = mapOf("loginCount" to "1"))
        PostHog.register("platform", "android")
        amplitude.track("User signs up", mapOf("isTrial" to "yes", "plan" to "free"))
    }
}
`,
      ['mobile'],
    );
    expect(findings).toEqual([
      'valid-properties 11:25 "gold": `plan` must be one of "free", "pro", "enterprise", not "gold" (event `User signs up`).',
      'people-ownership 14:62 "plan": `plan` is a server-owned people property: it is a read-only copy of the application’s own data, which the server syncs to Segment. Client code must not write it (identify).',
      'stable-identity 14:28 user.email: This identify call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Segment sees a new person and splits their history.',
      'known-event 15:33 "User Signup": Event `User Signup` is not in the tracking plan. Did you mean `User signs up`?',
      'valid-properties 15:87 "1": `loginCount` must be an integer, not the string "1" (the people properties).',
      'valid-properties 17:61 "yes": `isTrial` must be a boolean, not the string "yes" (event `User signs up`).',
    ]);
  });

  it('lookalikes: an Analytics class of the app without the SDK import', async () => {
    const { findings } = await judgeSource(kotlin, `val analytics = Analytics("key")\nfun f() { analytics.track("Anything") }\n`, ['mobile']);
    expect(findings).toEqual([]);
  });
});
