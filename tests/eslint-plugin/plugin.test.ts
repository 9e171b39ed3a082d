import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/src/index.js';
import { rules } from '../../eslint-plugin/src/rules/index.js';
import { SDKS } from '../../eslint-plugin/src/sdk/sdks/index.js';
import { file } from '../helpers/rule-tester.js';

const docsPage = (rule: string) => new URL(`../../eslint-plugin/docs/rules/${rule}.md`, import.meta.url);

describe('eslint-plugin-trackplan', () => {
  it('names itself for ESLint (meta.name and meta.version)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../eslint-plugin/package.json', import.meta.url), 'utf8'));
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-trackplan', version: pkg.version });
  });

  it('has the recommended and strict configs with the severities of the design', () => {
    expect(plugin.configs.recommended.rules).toEqual({
      'trackplan/known-event': 'error',
      'trackplan/valid-properties': 'error',
      'trackplan/event-in-product': 'error',
      'trackplan/people-ownership': 'error',
      'trackplan/stable-identity': 'error',
      'trackplan/server-people-modifiers': 'error',
      'trackplan/no-deprecated-event': 'warn',
    });
    expect(plugin.configs.strict.rules).toEqual(Object.fromEntries(Object.keys(plugin.rules).map((rule) => [`trackplan/${rule}`, 'error'])));
    expect(Object.keys(plugin.rules)).toHaveLength(8);
    const typeAware = ['known-event', 'valid-properties', 'no-deprecated-event', 'no-dynamic-event', 'event-in-product'];
    expect(plugin.configs['type-checked'].rules).toEqual(
      Object.fromEntries(Object.keys(plugin.rules).map((rule) => [`trackplan/${rule}`, typeAware.includes(rule) ? ['error', { typeAware: true }] : 'error'])),
    );
    expect(plugin.configs.recommended.plugins.trackplan).toBe(plugin);
    // The plugin publishes the very rule objects, under a looser type.
    expect(plugin.rules).toBe(rules);
  });

  it.each(Object.entries(rules))('%s has a doc page that agrees with its meta', (name, rule) => {
    expect(existsSync(docsPage(name)), `docs/rules/${name}.md`).toBe(true);
    const page = readFileSync(docsPage(name), 'utf8');
    expect(page.startsWith(`# trackplan/${name}\n\n${rule.meta.docs!.description}.\n`)).toBe(true);
    expect(rule.meta.docs!.url).toBe(`https://github.com/trackplan/trackplan/blob/main/eslint-plugin/docs/rules/${name}.md`);
    for (const heading of ['## What it reports', '## Why', '## Examples', '## Options']) expect(page).toContain(heading);
    // Every option in the rule's schema is documented.
    const options = Object.keys((rule.meta.schema as readonly { properties?: object }[])[0]?.properties ?? {});
    for (const option of options) expect(page).toContain(`| \`${option}\` |`);
    const inRecommended = plugin.configs.recommended.rules?.[`trackplan/${name}` as keyof typeof plugin.configs.recommended.rules];
    expect(page).toContain(
      inRecommended === 'error' ? 'In `recommended` and `strict` (error)' : inRecommended === 'warn' ? 'In `recommended` as a warning' : 'In `strict` only',
    );
    expect(rule.meta.docs!.recommended).toBe(inRecommended);
  });

  it('every SDK, one file each in sdk/sdks/, is exercised by the rule tests through each of its modules', () => {
    const ruleTests = readdirSync(new URL('./rules/', import.meta.url))
      .map((f) => readFileSync(new URL(`./rules/${f}`, import.meta.url), 'utf8'))
      .join('\n');
    const sdkFiles = readdirSync(new URL('../../eslint-plugin/src/sdk/sdks/', import.meta.url)).filter((f) => f !== 'index.ts');
    expect(sdkFiles).toHaveLength(SDKS.length);
    for (const sdk of SDKS) for (const specifier of Object.keys(sdk.modules)) expect(ruleTests, `${sdk.name}: ${specifier}`).toContain(`from '${specifier}'`);
  });

  it('config({ plan }) puts the plan’s absolute path and a content hash into settings', () => {
    const config = plugin.config({ plan: file('tracking-plan.yaml'), preset: 'strict' });
    expect(config.rules).toEqual(plugin.configs.strict.rules);
    expect(config.settings).toEqual({ trackplan: { plan: file('tracking-plan.yaml'), planHash: expect.stringMatching(/^[0-9a-f]{16}$/) } });
  });
});
