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
});
