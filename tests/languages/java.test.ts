import { describe, expect, it } from 'vitest';
import { java } from '../../cli/src/languages/java.js';
import { judgeSource } from './judge-source.js';

/** mixpanel-android from Java, as Android apps write it. */
describe('Java: mixpanel-android calls judged as the ESLint rules judge JS', () => {
  it('an Android fragment: static final constants, new JSONObject().put chains, Map.of, getPeople()', async () => {
    const { findings } = await judgeSource(
      java,
      `import com.mixpanel.android.mpmetrics.MixpanelAPI;
import org.json.JSONObject;

final class Events {
    static final String SIGN_UP = "User signs up";
}

public class SignupFragment extends Fragment {
    private MixpanelAPI mixpanel;

    @Override
    public void onCreate(Bundle state) {
        mixpanel = MixpanelAPI.getInstance(getContext(), BuildConfig.MIXPANEL_TOKEN, true);
    }

    void onSignedUp(User user) throws JSONException {
        mixpanel.track(Events.SIGN_UP, new JSONObject().put("plan", "pro").put("seats", "2"));
        mixpanel.trackMap("User Signs Up", Map.of("plan", "pro"));
        mixpanel.getPeople().set("plan", "pro");
        mixpanel.identify(user.getEmail());
    }
}
`,
      ['mobile'],
    );
    expect(findings).toEqual([
      'valid-properties 17:89 "2": `seats` must be an integer, not the string "2" (event `User signs up`).',
      'valid-properties 18:51 "plan": `plan` is not a property of event `User Signs Up`.',
      'no-deprecated-event 18:27 "User Signs Up": Event `User Signs Up` is deprecated (One spelling for all platforms). Send `User signs up` instead.',
      'people-ownership 19:34 "plan": `plan` is a server-owned people property: it is a read-only copy of the application’s own data, which the server syncs to Mixpanel. Client code must not write it (people.set).',
      'stable-identity 20:27 user.getEmail(): This identify call uses `Email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Mixpanel sees a new person and splits their history.',
    ]);
  });

  it('a JSONObject or HashMap built over several statements before the call: its puts are read, never taken as complete', async () => {
    const { findings, fixed } = await judgeSource(
      java,
      `import com.mixpanel.android.mpmetrics.MixpanelAPI;
class Signup {
    void done(MixpanelAPI mixpanel) {
        JSONObject props = new JSONObject();
        props.put("plan", "gold");
        props.put("isTrial", "true");
        mixpanel.track("User signs up", props);
        Map<String, Object> other = new HashMap<>();
        other.put("seats", 0);
        mixpanel.trackMap("User signs up", other);
    }
}
`,
      ['mobile'],
    );
    expect(findings).toEqual([
      'valid-properties 5:27 "gold": `plan` must be one of "free", "pro", "enterprise", not "gold" (event `User signs up`).',
      'valid-properties 6:30 "true": `isTrial` must be a boolean, not the string "true" (event `User signs up`).',
      'valid-properties 9:28 0: `seats` must be >= 1 (got 0) (event `User signs up`).',
    ]);
    expect(fixed).toContain('props.put("isTrial", true);');
  });
});

/** Segment's analytics-java (server side, message builders) and Amplitude / PostHog on Android, from Java. */
describe('Java: Segment, PostHog and Amplitude calls', () => {
  it('analytics-java message builders: the event, the user id and the properties read from the chain', async () => {
    const { findings } = await judgeSource(
      java,
      `import com.segment.analytics.Analytics;
import com.segment.analytics.messages.*;

class Orders {
    void completed(Analytics analytics, User user) {
        analytics.enqueue(TrackMessage.builder("Order Completed")
            .userId(user.getId())
            .properties(Map.of("orderId", "a", "revenue", 1)));
        analytics.enqueue(TrackMessage.builder("Order completed").userId(user.getEmail()).properties(ImmutableMap.of("orderId", "a", "revenue", "12")));
        analytics.enqueue(IdentifyMessage.builder().userId(user.getId()).traits(Map.of("plan", "gold")));
    }
}
`,
    );
    expect(findings).toEqual([
      'known-event 6:48 "Order Completed": Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
      'valid-properties 9:145 "12": `revenue` must be a number, not the string "12" (event `Order completed`).',
      'stable-identity 9:74 user.getEmail(): This call uses `Email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Segment sees a new person and splits their history.',
    ]);
  });

  it('Amplitude and PostHog on Android from Java; a file without their import is not read', async () => {
    const { findings } = await judgeSource(
      java,
      `import com.amplitude.android.Amplitude;
import com.posthog.PostHog;

class Main {
    private final Amplitude amplitude = new Amplitude(new Configuration("key", context));
    void signedUp(User user) {
        amplitude.track("User signs up", Map.of("isTrial", "yes", "plan", "free"));
        amplitude.setUserId(user.getEmail());
        PostHog.Companion.capture("User Signup", null, null, null, null, null);
    }
}
`,
      ['mobile'],
    );
    expect(findings).toEqual([
      'valid-properties 7:60 "yes": `isTrial` must be a boolean, not the string "yes" (event `User signs up`).',
      'stable-identity 8:29 user.getEmail(): This identify call uses `Email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Amplitude sees a new person and splits their history.',
      'known-event 9:35 "User Signup": Event `User Signup` is not in the tracking plan. Did you mean `User signs up`?',
    ]);
    const other = await judgeSource(java, `class A { void f(Amplitude amplitude) { amplitude.track("Anything"); } }\n`, ['mobile']);
    expect(other.findings).toEqual([]);
  });
});
