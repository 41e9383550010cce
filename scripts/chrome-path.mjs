import { existsSync } from 'node:fs';

/** The Chromium to drive: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path));
}

/** Flags for a headless Chromium on a machine with no network and no sandbox. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const missingChromeMessage = `No Chromium found. Install one and try again:
  sudo apt-get update && sudo apt-get install -y chromium
or point CHROME_PATH at a Chrome or Chromium binary.`;
