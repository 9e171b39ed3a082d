/**
 * An object keyed by names from a plan or an import: no prototype, so `__proto__`, `constructor` and
 * `toString` are ordinary keys (a plain `{}` drops `__proto__` on assignment and answers `in` for
 * the others). Test membership with `Object.hasOwn`.
 */
export const dictionary = <T>(entries?: Iterable<readonly [string, T]>): Record<string, T> => {
  const result = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries ?? []) result[key] = value;
  return result;
};
