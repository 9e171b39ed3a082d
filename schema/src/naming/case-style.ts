import type { CaseStyle } from '../model.js';

/** Lower-case words that Title Case leaves lower-case after the first word. */
const TITLE_CASE_MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'in',
  'nor',
  'of',
  'on',
  'or',
  'per',
  'the',
  'to',
  'via',
  'vs',
  'with',
]);

const hasUpper = (text: string): boolean => /\p{Lu}/u.test(text);
const letters = (word: string): string => word.replace(/[^\p{L}]/gu, '');
const isLowerWord = (word: string): boolean => !hasUpper(word);
const isCapitalizedWord = (word: string): boolean => {
  const l = letters(word);
  return l.length === 0 || (!/\p{Ll}/u.test(l[0]!) && !hasUpper(l.slice(1)));
};
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** Does `name` follow `style`? Words listed in `acronyms` are accepted exactly as written there. */
export function conformsTo(name: string, style: CaseStyle, acronyms: readonly string[]): boolean {
  const isAcronym = (word: string): boolean => acronyms.includes(word);
  switch (style) {
    case 'any':
      return true;
    case 'snake_case':
      return /^[\p{Ll}\d]+(_[\p{Ll}\d]+)*$/u.test(name);
    case 'kebab-case':
      return /^[\p{Ll}\d]+(-[\p{Ll}\d]+)*$/u.test(name);
    case 'camelCase':
      return /^\p{Ll}[\p{L}\d]*$/u.test(name) || (acronyms.some((a) => name.startsWith(a) && !hasUpper(a[0]!)) && /^[\p{L}\d]+$/u.test(name));
    case 'Sentence case': {
      const words = name.split(' ');
      return words.every((word, i) => word !== '' && (isAcronym(word) || (i === 0 ? isCapitalizedWord(word) : isLowerWord(word))));
    }
    case 'Title Case': {
      const words = name.split(' ');
      return words.every((word, i) => word !== '' && (isAcronym(word) || isCapitalizedWord(word) || (i > 0 && TITLE_CASE_MINOR_WORDS.has(word))));
    }
  }
}

/**
 * Splits a name written in any style into words: on spaces, `_`, `-`, `.` and camelCase humps,
 * keeping acronyms whole (`usedIOSApp` with acronym iOS: used, IOS, App).
 */
export function splitWords(name: string, acronyms: readonly string[]): string[] {
  const fragments = name
    .split(/[\s_\-.]+/u)
    .flatMap((token) =>
      token
        .replace(/(\p{Ll}|\d)(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
        .split(' '),
    )
    .filter((word) => word !== '');
  const lowerAcronyms = acronyms.map((a) => a.toLowerCase());
  // Humps split acronyms with inner capitals (iOS → i, OS); join fragments that spell one again.
  const words: string[] = [];
  for (let i = 0; i < fragments.length; i++) {
    const pair = fragments[i]! + (fragments[i + 1] ?? '');
    if (i + 1 < fragments.length && lowerAcronyms.includes(pair.toLowerCase())) {
      words.push(pair);
      i++;
    } else {
      words.push(fragments[i]!);
    }
  }
  return words;
}

/** Rewrites `name` in `style`: the suggestion shown when a name breaks the conventions. */
export function toCaseStyle(name: string, style: CaseStyle, acronyms: readonly string[]): string {
  if (conformsTo(name, style, acronyms)) return name;
  const acronymOf = (word: string): string | undefined => acronyms.find((a) => a.toLowerCase() === word.toLowerCase());
  const words = splitWords(name, acronyms);
  switch (style) {
    case 'any':
      return name;
    case 'snake_case':
      return words.map((w) => w.toLowerCase()).join('_');
    case 'kebab-case':
      return words.map((w) => w.toLowerCase()).join('-');
    case 'camelCase':
      return words
        .map((w, i) => {
          if (i === 0) return w.toLowerCase();
          const acronym = acronymOf(w);
          return acronym ? acronym.charAt(0).toUpperCase() + acronym.slice(1) : capitalize(w);
        })
        .join('');
    case 'Sentence case':
      return words.map((w, i) => acronymOf(w) ?? (i === 0 ? capitalize(w) : w.toLowerCase())).join(' ');
    case 'Title Case':
      return words.map((w, i) => acronymOf(w) ?? (i > 0 && TITLE_CASE_MINOR_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : capitalize(w))).join(' ');
  }
}
