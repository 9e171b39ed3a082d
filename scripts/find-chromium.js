// Where the operating system's Chromium is: CHROMIUM_PATH, or Debian's and others' usual places.
import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** The path of a Chromium that can be run, or undefined. */
export function findChromium(env = process.env) {
  for (const path of [env.CHROMIUM_PATH, ...CANDIDATES]) {
    if (!path) continue;
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not there: the next one
    }
  }
  return undefined;
}
