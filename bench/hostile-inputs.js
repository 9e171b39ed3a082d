// The hostile inputs trackplan is bounded against (issue 14), shared by bench/hostile.js and the tests.

/** 10 levels of 10 YAML aliases under `key`: a few hundred bytes that expand to 10^10 values. */
export const aliasBomb = (key = 'x-bomb') =>
  [
    `${key}:`,
    '  a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
    ...Array.from({ length: 9 }, (_, i) => `  a${i + 1}: &a${i + 1} [${Array.from({ length: 10 }, () => `*a${i}`).join(', ')}]`),
  ].join('\n');

/** 30 `$defs`, each an object with two properties referring to the next: 2^30 nodes if expanded. */
export const refFanOut = [
  'version: 1',
  '$defs:',
  ...Array.from({ length: 30 }, (_, i) => `  d${i}: { type: object, properties: { a: { $ref: "#/$defs/d${i + 1}" }, b: { $ref: "#/$defs/d${i + 1}" } } }`),
  '  d30: { type: string }',
  'events:',
  '  a:',
  '    eventName: A',
  '    properties:',
  '      p: { $ref: "#/$defs/d0" }',
].join('\n');

/** A chain of `length` definitions, each a `$ref` to the next. */
export const refChain = (length = 5000) =>
  ['version: 1', '$defs:', ...Array.from({ length }, (_, i) => `  d${i}: { $ref: "#/$defs/d${i + 1}" }`), `  d${length}: { type: string }`].join('\n');
