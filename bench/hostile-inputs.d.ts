/** 10 levels of 10 YAML aliases under `key`: a few hundred bytes that expand to 10^10 values. */
export function aliasBomb(key?: string): string;
/** 30 `$defs`, each an object with two properties referring to the next: 2^30 nodes if expanded. */
export const refFanOut: string;
/** A chain of `length` definitions, each a `$ref` to the next. */
export function refChain(length?: number): string;
