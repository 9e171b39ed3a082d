#!/usr/bin/env node
// `trackplan check` on a generated mixed corpus: Swift, Kotlin, Java, Ruby and Python files (1,000 of
// each by default), each with tracking calls among ordinary code, against a 2,000-event plan.
//   node bench/check.js [files=5000]
// Prints the time to parse every file with tree-sitter alone (grammars loaded, no recognition), the
// time of the whole `trackplan check` (startup, plan, recognition, judgement, report), their ratio
// (target <= 1.3x), and the peak memory of each, every figure from a fresh process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePlan } from './generate-plan.js';
import { stringify } from 'yaml';

const files = Number(process.argv[2] ?? 5000);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trackplan-bench-check-'));
const plan = generatePlan(2000);
const events = Object.values(plan.events).map((e) => e.eventName);
writeFileSync(join(dir, 'tracking-plan.yaml'), stringify(plan, { lineWidth: 0 }));

let state = 3;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const event = () => (random() < 0.05 ? 'Not planned at all' : events[Math.floor(random() * events.length)]);
const filler = (comment, n) => Array.from({ length: n }, (_, i) => `${comment} step ${i}: nothing to do with analytics`).join('\n');

/** One file of each language: an SDK handle, five tracking calls, ordinary code around them. */
const LANGUAGES = {
  swift: (i) => `import Mixpanel
import UIKit

enum Screen${i}: String { case main = "${event()}" }

final class ViewModel${i} {
    private let mixpanel: MixpanelInstance = Mixpanel.mainInstance()
    var items: [String] = []
${filler('    //', 20)}
    func load(user: User) {
        for item in items where !item.isEmpty { print(item.count) }
        mixpanel.track(event: Screen${i}.main.rawValue, properties: ["source": "button", "durationMs": 12, "isBulk": false])
        mixpanel.track(event: "${event()}", properties: ["source": "menu", "durationMs": "12"])
        mixpanel.identify(distinctId: user.id)
        mixpanel.people.set(properties: ["theme": "dark"])
        Mixpanel.mainInstance().track(event: "${event()}")
    }
}
`,
  kt: (i) => `package com.acme.app${i}

import com.mixpanel.android.mpmetrics.MixpanelAPI
import org.json.JSONObject

object Events${i} { const val MAIN = "${event()}" }

class Screen${i}(context: Context) {
    private val mixpanel = MixpanelAPI.getInstance(context, "token", true)
${filler('    //', 20)}
    fun show(items: List<String>) {
        items.filter { it.isNotEmpty() }.forEach { println(it) }
        mixpanel.track(Events${i}.MAIN, JSONObject().put("source", "button").put("durationMs", 12))
        mixpanel.trackMap("${event()}", mapOf("source" to "menu", "isBulk" to "true"))
        mixpanel.people.set("theme", "dark")
        mixpanel.identify(user.id)
        mixpanel.track("${event()}", null)
    }
}
`,
  java: (i) => `package com.acme.app;

import com.mixpanel.android.mpmetrics.MixpanelAPI;
import org.json.JSONObject;

public class Fragment${i} {
    static final String MAIN = "${event()}";
    private MixpanelAPI mixpanel;
${filler('    //', 20)}
    void show(Context context) throws Exception {
        mixpanel = MixpanelAPI.getInstance(context, "token", true);
        for (int i = 0; i < 10; i++) { System.out.println(i); }
        mixpanel.track(MAIN, new JSONObject().put("source", "button").put("durationMs", 12));
        mixpanel.track("${event()}", new JSONObject().put("source", "shortcut"));
        mixpanel.getPeople().set("theme", "dark");
        mixpanel.identify(user.getId());
        mixpanel.track("${event()}", null);
    }
}
`,
  rb: (i) => `require 'mixpanel-ruby'

module Events${i}
  MAIN = '${event()}'.freeze
end

class Job${i}
  def tracker
    @tracker ||= Mixpanel::Tracker.new(ENV['MIXPANEL_TOKEN'])
  end
${filler('  #', 20)}
  def perform(user)
    [1, 2, 3].each { |n| puts n }
    tracker.track(user.id, Events${i}::MAIN, { 'source' => 'api', 'durationMs' => 12 })
    tracker.track(user.id, '${event()}', source: 'menu', isBulk: 'false')
    tracker.people.set(user.id, { 'plan' => 'pro' }, 0, { '$ignore_time' => true })
    tracker.people.increment(user.id, { 'seats' => 1 })
    tracker.alias(user.id, session_id)
  end
end
`,
  py: (i) => `from enum import Enum
from mixpanel import Mixpanel

mp = Mixpanel("token")
MAIN = "${event()}"
${filler('#', 20)}

class Events${i}(str, Enum):
    OTHER = "${event()}"

def handle(user, items):
    total = sum(len(item) for item in items if item)
    mp.track(user.id, MAIN, {"source": "api", "durationMs": total})
    mp.track(user.id, Events${i}.OTHER, {"source": "menu", "isBulk": "yes"})
    mp.people_set(user.id, {"plan": "pro"}, meta={"$ip": 0, "$ignore_time": True})
    mp.people_increment(user.id, {"seats": 1})
    mp.alias(user.id, user.anonymous_id)
`,
};
const extensions = Object.keys(LANGUAGES);
const paths = [];
for (let i = 0; i < files; i++) {
  const ext = extensions[i % extensions.length];
  const path = join(dir, 'services', ext, `f${i}.${ext}`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, LANGUAGES[ext](i));
  paths.push(path);
}
writeFileSync(join(dir, 'files.json'), JSON.stringify(paths));

const treeSitter = pathToFileURL(join(root, 'cli/dist/languages/tree-sitter.js')).href;
const parseOnly = `
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parserFor } from ${JSON.stringify(treeSitter)};
const grammar = { '.swift': 'swift', '.kt': 'kotlin', '.java': 'java', '.rb': 'ruby', '.py': 'python' };
const parsers = {};
for (const file of JSON.parse(readFileSync(${JSON.stringify(join(dir, 'files.json'))}, 'utf8'))) {
  const name = grammar[extname(file)];
  const parser = (parsers[name] ??= await parserFor(name));
  parser.parse(readFileSync(file, 'utf8')).delete();
}
`;

/** Wall time, peak memory (GNU time's maximum resident set) and check's summary line, of one fresh process. */
function measure(args) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK %M', process.execPath, ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  // check exits 1 when it has findings: still a measurement.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return { ms, peakMb: Number(/PEAK (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024, summary: /trackplan: .*/.exec(run.stderr)?.[0] };
}

const rounds = 3;
const parse = [];
const check = [];
for (let round = 0; round < rounds; round++) {
  parse.push(measure(['--input-type=module', '-e', parseOnly]));
  check.push(measure([join(root, 'cli/bin/trackplan.js'), 'check', 'services']));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratios = parse.map((p, i) => check[i].ms / p.ms);
console.log(
  `trackplan check on ${files} generated files (Swift, Kotlin, Java, Ruby, Python in equal parts) and a 2,000-event plan; median of ${rounds} fresh processes (${cpus().length} cores, node ${process.version})`,
);
console.log(`  ${check[0].summary}`);
console.log(
  `  parse only (tree-sitter, grammars loaded)   ${(median(parse.map((p) => p.ms)) / 1000).toFixed(2)} s   peak ${median(parse.map((p) => p.peakMb)).toFixed(0)} MB`,
);
console.log(
  `  trackplan check                             ${(median(check.map((c) => c.ms)) / 1000).toFixed(2)} s   peak ${median(check.map((c) => c.peakMb)).toFixed(0)} MB`,
);
console.log(`  check / parse only                          ${median(ratios).toFixed(2)}x   target <= 1.3x`);
rmSync(dir, { recursive: true, force: true });
