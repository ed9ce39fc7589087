// @ts-check
// How every tool here finds and starts Chromium (Playwright, the PDF bench, Lighthouse): one place,
// so a flag needed on these machines is never missing from one of them, and one search order, so
// the tests run on Debian, on other Linux distributions and on macOS without editing code.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { missingTool } from './tools.mjs';

/**
 * Where Chromium may be, in the order tried. CHROMIUM_PATH wins; then Debian's package; other
 * distributions' names; a browser Playwright downloaded itself (`npx playwright install`, where a
 * machine may reach its download host); and Chrome or Chromium installed on macOS.
 * @returns {{ path: string, source: string }[]}
 */
export function chromiumCandidates() {
  /** @type {{ path: string, source: string }[]} */
  const candidates = [];
  if (process.env.CHROMIUM_PATH) candidates.push({ path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' });
  candidates.push(
    { path: '/usr/bin/chromium', source: "Debian's chromium package" },
    { path: '/usr/bin/chromium-browser', source: 'chromium-browser' },
    { path: '/snap/bin/chromium', source: 'the chromium snap' },
  );
  const playwrights = playwrightChromium();
  if (playwrights) candidates.push({ path: playwrights, source: "Playwright's own Chromium" });
  candidates.push(
    { path: '/Applications/Chromium.app/Contents/MacOS/Chromium', source: 'Chromium for macOS' },
    { path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', source: 'Google Chrome for macOS' },
  );
  return candidates;
}

/** The executable Playwright would use if it had downloaded its own browser, or null. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/**
 * The first Chromium that exists. A CHROMIUM_PATH that does not exist is an error of its own: the
 * person who set it meant that browser, and silently using another would hide the typo.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && !existsSync(fromEnv)) {
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = chromiumCandidates().find((candidate) => existsSync(candidate.path));
  if (found) return found.path;
  throw missingTool('Chromium', {
    debian: 'sudo apt-get install -y chromium',
    macos: 'brew install --cask chromium',
    other: 'or point CHROMIUM_PATH at any Chromium or Chrome executable',
  });
}

/** Resolved once, when a tool that needs a browser first loads this module. */
export const CHROMIUM_PATH = findChromium();

/**
 * Debian's headless shell (package chromium-headless-shell): the same Blink and V8 without the
 * browser's UI process, as Playwright itself uses for headless runs. It ran the end-to-end suite
 * ~40% faster than the full browser on a 2-core machine. Only the tests use it (the e2e suite, and
 * `scripts/lighthouse.mjs --no-performance` run by hand): the bench times the browser visitors run.
 */
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser for the end-to-end suite: CHROMIUM_PATH when set (whoever set it meant that browser),
 * else the headless shell when installed, else the same browser as every other tool.
 * @returns {string}
 */
export function findTestChromium() {
  if (!process.env.CHROMIUM_PATH && existsSync(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
  return CHROMIUM_PATH;
}

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

/**
 * The end-to-end suite's flags: the compositor's GPU work (software, as --disable-gpu makes it) in
 * the browser process instead of a process of its own. On a 2-core machine the suite alone took ~8%
 * less CPU (206 against 224 CPU-seconds of the browser's processes), and `npm test` 265–280 s
 * against 289–302 s (four runs, alternating). Nothing the suite checks changed.
 */
export const E2E_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--in-process-gpu'];
