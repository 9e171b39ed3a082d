import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { judgeCall, RULE_NAMES, type CallDescription, type KnownValue, type WrittenEntry } from '../../schema/src/index.js';
import plugin from '../../eslint-plugin/src/index.js';
import { loadText } from '../helpers/load.js';
import { tempDir } from '../helpers/temp-dir.js';

const planText = `version: 1
products:
  web: { owners: ["@acme/web"], paths: ["web/**"], side: client }
  backend: { owners: ["@acme/api"], paths: ["server/**"], side: server }
events:
  orderCompleted:
    eventName: Order completed
    properties:
      total: { type: number }
      coupon: { type: boolean }
    required: [total]
  orderCompletedOld:
    eventName: Order Completed
    status: deprecated
    replacedBy: orderCompleted
    properties:
      total: { type: number }
      coupon: { type: boolean }
people:
  plan: { type: string, enum: [free, pro], owner: server }
`;

/**
 * The core judges a call described without its language: what a Python front-end would describe for
 * `mp.track(user.email, 'Order Completed', {'total': '12', 'cupon': True})` in a Django service.
 */
const text = `mp.track(user.email, 'Order Completed', {'total': '12', 'cupon': True})`;
const at = (needle: string, from = 0) => ({ start: text.indexOf(needle, from), end: text.indexOf(needle, from) + needle.length });
const entry = (key: string, keyText: string, valueText: string, value: KnownValue): WrittenEntry => ({
  key,
  keySpan: at(keyText),
  valueSpan: at(valueText, at(keyText).end),
  value,
  renameKey: (name) => `'${name}'`,
  writeValue: (v) => (v === true ? 'True' : v === false ? 'False' : JSON.stringify(v)),
});
const pythonCall: CallDescription = {
  span: { start: 0, end: text.length },
  vendor: 'mixpanel',
  vendorLabel: 'Mixpanel',
  method: 'track',
  kind: 'track',
  side: 'server',
  products: ['backend'],
  event: { span: at(`'Order Completed'`), names: ['Order Completed'], rewrite: (name) => ({ ...at(`'Order Completed'`), text: `'${name}'` }) },
  passesProperties: true,
  written: {
    span: at(`{'total'`),
    complete: true,
    entries: [entry('total', `'total'`, `'12'`, { kind: 'value', value: '12' }), entry('cupon', `'cupon'`, 'True', { kind: 'value', value: true })],
  },
  personUpdates: [],
  distinctId: { span: at('user.email'), text: 'user.email', parts: [{ kind: 'name', name: 'email' }] },
};

describe('the core’s judgement of a call from any language', () => {
  const { plan } = loadText(planText);

  it('gives every rule’s findings with ESLint’s messages, positions as offsets, and fixes as text edits in the caller’s language', () => {
    const findings = judgeCall(pythonCall, plan, RULE_NAMES);
    expect(findings.map((f) => `${f.rule} ${text.slice(f.span.start, f.span.end)}: ${f.message}`)).toEqual([
      'valid-properties \'12\': `total` must be a number, not the string "12" (event `Order Completed`).',
      "valid-properties 'cupon': `cupon` is not a property of event `Order Completed`. Did you mean `coupon`?",
      "no-deprecated-event 'Order Completed': Event `Order Completed` is deprecated. Send `Order completed` instead.",
      'stable-identity user.email: This call uses `email` as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, Mixpanel sees a new person and splits their history.',
    ]);
    const edits = findings.flatMap((f) => f.suggestions ?? []).map((s) => s.edits[0]!.text);
    expect(edits).toEqual(['12', "'coupon'", "'Order completed'"]);
  });

  it('judges options as the ESLint rule does: an allowed id is accepted', () => {
    const findings = judgeCall(pythonCall, plan, ['stable-identity'], { 'stable-identity': { allowedIds: ['user.email'] } });
    expect(findings).toEqual([]);
  });

  it('gives the same messages as the ESLint rules on the same call in JavaScript', async () => {
    const dir = tempDir({
      'tracking-plan.yaml': planText,
      'server/orders.js': `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\nmp.track('Order Completed', { distinct_id: user.email, total: '12', cupon: true });\n`,
    });
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.js'], ...plugin.configs.recommended }],
    });
    const [result] = await eslint.lintFiles(['server/orders.js']);
    const fromEslint = result!.messages.map((m) => `${m.ruleId!.replace('trackplan/', '')}: ${m.message}`);
    const fromCore = judgeCall(pythonCall, plan, RULE_NAMES).map((f) => `${f.rule}: ${f.message.replace('This call uses', 'This event’s `distinct_id` uses')}`);
    expect(fromEslint.sort()).toEqual(fromCore.sort());
  });
});
