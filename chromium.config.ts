/**
 * How every browser test here launches Chromium: the system's Chromium (Debian's
 * /usr/bin/chromium unless CHROMIUM_PATH says otherwise), headless, with the background
 * services that would try to reach the network switched off.
 */
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const chromiumLaunchOptions = {
  headless: true,
  executablePath: chromiumPath,
  args: chromiumArgs,
};
