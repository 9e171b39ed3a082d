import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The folder of the fixture plan the rule tests lint against. */
export const FIXTURE = fileURLToPath(new URL('../fixtures/plugin', import.meta.url));

/** A file path in the fixture project: where the linted code pretends to live. */
export const file = (path: string): string => `${FIXTURE}/${path}`;

export const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});
