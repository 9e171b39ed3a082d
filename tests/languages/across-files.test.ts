import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeCall, RULE_NAMES } from '@trackplan/schema';
import { recognizeFiles } from '../../cli/src/languages/recognize-files.js';
import { fixturePlan } from './judge-source.js';

const root = mkdtempSync(join(tmpdir(), 'trackplan-across-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a project's files and judges every call in it, as `trackplan check` does: `file:line rule: message`. */
async function judgeProject(name: string, files: Record<string, string>): Promise<string[]> {
  const dir = join(root, name);
  const paths = Object.entries(files).map(([file, text]) => {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
  const findings: string[] = [];
  const rules = RULE_NAMES.filter((r) => r !== 'no-dynamic-event');
  await recognizeFiles(paths.sort(), [], (file, calls) => {
    for (const { line, call } of calls)
      for (const f of judgeCall(call, fixturePlan, rules)) findings.push(`${relative(dir, file)}:${line} ${f.rule}: ${f.message}`);
  });
  return findings;
}

describe('constants and clients declared in one file and named in another', () => {
  it('Swift: an enum of event names in its own file (read after the file that uses it)', async () => {
    const findings = await judgeProject('swift', {
      'App/Checkout.swift': `import Mixpanel\nfunc done() {\n    Mixpanel.mainInstance().track(event: Events.signUp)\n    Mixpanel.mainInstance().track(event: Event.order.rawValue)\n}\n`,
      'App/Events.swift': `enum Events {\n    static let signUp = "User Signs Up"\n}\nenum Event: String {\n    case order = "Order Completed"\n}\n`,
    });
    expect(findings).toEqual([
      'App/Checkout.swift:3 no-deprecated-event: Event `User Signs Up` is deprecated (One spelling for all platforms). Send `User signs up` instead.',
      'App/Checkout.swift:4 known-event: Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
    ]);
  });

  it('Kotlin and Java: an object’s const val and a class’s static final; two different `Events` objects make the name unknown', async () => {
    const findings = await judgeProject('jvm', {
      'app/src/main/java/com/acme/Main.kt': `import com.mixpanel.android.mpmetrics.MixpanelAPI\nfun f(mixpanel: MixpanelAPI) {\n    MixpanelAPI.getInstance(ctx, "t").track(Events.ORDER)\n    MixpanelAPI.getInstance(ctx, "t").track(Names.SIGN_UP)\n}\n`,
      'app/src/main/java/com/acme/Events.kt': `package com.acme\nobject Events {\n    const val ORDER = "Order Completed"\n}\n`,
      'app/src/main/java/com/acme/Legacy.java': `import com.mixpanel.android.mpmetrics.MixpanelAPI;\nclass Legacy {\n    void f() {\n        MixpanelAPI.getInstance(ctx, "t").track(Names.SIGN_UP, null);\n        MixpanelAPI.getInstance(ctx, "t").track(Dup.X, null);\n    }\n}\n`,
      'app/src/main/java/com/acme/Names.java': `public final class Names {\n    public static final String SIGN_UP = "User Signs Up";\n}\n`,
      'app/src/main/java/com/acme/a/Dup.java': `class Dup { static final String X = "Nope one"; }\n`,
      'app/src/main/java/com/acme/b/Dup.java': `class Dup { static final String X = "Nope two"; }\n`,
    });
    expect(findings).toEqual([
      'app/src/main/java/com/acme/Legacy.java:4 no-deprecated-event: Event `User Signs Up` is deprecated (One spelling for all platforms). Send `User signs up` instead.',
      'app/src/main/java/com/acme/Main.kt:3 known-event: Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
      'app/src/main/java/com/acme/Main.kt:4 no-deprecated-event: Event `User Signs Up` is deprecated (One spelling for all platforms). Send `User signs up` instead.',
    ]);
  });

  it('Ruby: a tracker made in an initializer and an event constant of a module, used from a job', async () => {
    const findings = await judgeProject('rails', {
      'app/jobs/sync_job.rb': `class SyncJob\n  def perform(user)\n    TRACKER.track(user.id, Analytics::Events::ORDER)\n    TRACKER.people.set(user.id, { 'plan' => 'pro' })\n  end\nend\n`,
      'app/lib/analytics/events.rb': `module Analytics\n  module Events\n    ORDER = 'Order Completed'\n  end\nend\n`,
      'config/initializers/mixpanel.rb': `TRACKER = Mixpanel::Tracker.new(ENV['MIXPANEL_TOKEN'])\n`,
    });
    expect(findings).toEqual([
      'app/jobs/sync_job.rb:3 known-event: Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
      'app/jobs/sync_job.rb:4 server-people-modifiers: Server-side `people.set` without modifiers: pass `{ $ip: 0, $ignore_time: true }`, or Mixpanel places the user at the server’s location and moves their “last seen” to now.',
    ]);
  });

  it('Python: a client and constants imported from other modules (relative, absolute and whole-module imports)', async () => {
    const findings = await judgeProject('django', {
      'shop/analytics.py': `from mixpanel import Mixpanel\n\nmp = Mixpanel("token")\n`,
      'shop/events.py': `from enum import Enum\n\nORDER = "Order Completed"\n\nclass Events(str, Enum):\n    SIGN_UP = "User Signs Up"\n`,
      'shop/orders.py': `from .analytics import mp\nfrom shop.events import ORDER, Events\nimport shop.analytics as analytics\n\ndef done(user):\n    mp.track(user.id, ORDER)\n    analytics.mp.track(user.id, Events.SIGN_UP)\n`,
      'shop/__init__.py': ``,
    });
    expect(findings).toEqual([
      'shop/orders.py:6 known-event: Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
      'shop/orders.py:7 no-deprecated-event: Event `User Signs Up` is deprecated (One spelling for all platforms). Send `User signs up` instead.',
    ]);
  });

  it('Swift and Kotlin: a client held by a type in one file, called from files that do not import its SDK', async () => {
    const findings = await judgeProject('clients', {
      'ios/Checkout.swift': `func done() {\n    Tracking.analytics.track(name: "Order Completed")\n    Audit.analytics.track(name: "Order Completed")\n}\n`,
      'ios/Tracking.swift': `import Segment\n\nenum Tracking {\n    static let analytics = Analytics(configuration: Configuration(writeKey: "key"))\n}\n`,
      'android/Main.kt': `fun done() {\n    Tracking.mixpanel.track("Order Completed")\n    Tracking.mixpanel.people.set("plan", "pro")\n}\n`,
      'android/Tracking.kt': `import com.mixpanel.android.mpmetrics.MixpanelAPI\n\nobject Tracking {\n    lateinit var mixpanel: MixpanelAPI\n}\n`,
    });
    // `Audit.analytics` is no client of the plan’s SDKs.
    expect(findings).toEqual([
      'android/Main.kt:2 known-event: Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
      'android/Main.kt:3 people-ownership: `plan` is a server-owned people property: it is a read-only copy of the application’s own data, which the server syncs to Mixpanel. Client code must not write it (people.set).',
      'ios/Checkout.swift:2 known-event: Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?',
    ]);
  });

  it('a client declared only by its type, in a file read after the one that calls it, is found on a second reading', async () => {
    const findings = await judgeProject('typed-client', {
      'ios/A/Checkout.swift': `func done() {\n    Tracking.analytics.track(name: "Order Completed")\n}\n`,
      'ios/B/Tracking.swift': `import Segment\n\nenum Tracking {\n    static var analytics: Analytics!\n}\n`,
    });
    expect(findings).toEqual(['ios/A/Checkout.swift:2 known-event: Event `Order Completed` is not in the tracking plan. Did you mean `Order completed`?']);
  });
});
