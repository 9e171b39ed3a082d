import type { CaseStyle } from '../model.js';
import { conformsTo, splitWords } from './case-style.js';

/** The case styles a name can follow, in the order a tie is decided. */
export const CASE_STYLES: readonly CaseStyle[] = ['Sentence case', 'Title Case', 'snake_case', 'camelCase', 'kebab-case'];

/** The first naming style every name follows, or `any`: what a drafted plan's conventions say. */
export const detectStyle = (names: readonly string[]): CaseStyle =>
  names.length === 0 ? 'any' : (CASE_STYLES.find((style) => names.every((n) => conformsTo(n, style, []))) ?? 'any');

/** A stable camelCase key from an event name: the same name gives the same key every time. */
export function eventKeyFor(name: string): string {
  const words = splitWords(name.replace(/[^\p{L}\p{N}]+/gu, ' '), []);
  const key = words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
  return /^[\p{L}_$]/u.test(key) ? key : `event${key}`;
}
