import { spawnSync } from 'node:child_process';
import { findChromium } from '../../scripts/find-chromium.js';

export type ChromiumForTests = { readonly path: string; readonly skip?: undefined } | { readonly path?: undefined; readonly skip: string };

let found: ChromiumForTests | undefined;

/**
 * The operating system's Chromium for browser tests. When there is none and the tests run as root on
 * a machine with apt-get (as CI does), Debian's `chromium` package is installed first; otherwise the
 * reason to skip, which the test names.
 */
export function chromiumForTests(): ChromiumForTests {
  if (found) return found;
  let path = findChromium();
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!path && canInstall) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { env, stdio: 'ignore', timeout: 600_000 }).status === 0;
    if (!install()) {
      spawnSync('apt-get', ['update', '-q'], { env, stdio: 'ignore', timeout: 300_000 });
      install();
    }
    path = findChromium();
  }
  found = path
    ? { path }
    : {
        skip: canInstall
          ? 'no Chromium: `apt-get install -y chromium` failed here'
          : 'no Chromium: install the chromium package (apt-get install -y chromium) or set CHROMIUM_PATH',
      };
  return found;
}
