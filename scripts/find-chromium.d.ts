/** The path of a Chromium that can be run (CHROMIUM_PATH, or the usual places), or undefined. */
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
