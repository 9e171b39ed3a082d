/** Writes a generated TypeScript project (plan, tsconfig, `files` source files) under `root`. */
export function writeCorpus(root: string, options?: { files?: number; events?: number }): { plan: unknown };
