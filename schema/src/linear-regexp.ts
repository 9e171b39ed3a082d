import { re2js } from './lazy-dependencies.js';

/** What ajv needs of a regular expression. */
export interface RegExpLike {
  test(text: string): boolean;
  toString(): string;
}

/**
 * Plan patterns are matched with RE2 (re2js), whose time is linear in the input: a pattern such as
 * `^(a+)+$` cannot make a check of a 37-character value take a minute, as it does with JavaScript's
 * backtracking RegExp. RE2 has no lookaround or backreferences; `validate` reports those.
 */
export function linearRegExp(pattern: string): RegExpLike {
  const compiled = re2js().RE2JS.compile(pattern);
  // ajv keys its compiled patterns by toString(): each must say its own pattern.
  return { test: (text) => compiled.matcher(text).find(), toString: () => `/${pattern}/` };
}

/** Why a pattern cannot be matched in linear time, or undefined when it can. */
export function linearRegExpProblem(pattern: string): string | undefined {
  try {
    linearRegExp(pattern);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^error parsing regexp: /, '');
  }
}

/** ajv's `code.regExp` engine. */
export const ajvRegExpEngine = Object.assign((pattern: string) => linearRegExp(pattern), { code: 'linearRegExp' });
