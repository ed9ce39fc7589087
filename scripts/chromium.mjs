// @ts-check
// How every tool here starts Debian's Chromium (Playwright, the PDF bench, Lighthouse): one list,
// so a flag needed on these machines is never missing from one of them.

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Root needs --no-sandbox; the networking flags stop Chromium phoning home, which would show up
 * as foreign requests (or hang) on an offline machine.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
