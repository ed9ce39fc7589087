// @ts-check
import { defineConfig } from '@playwright/test';
import { E2E_CHROMIUM_ARGS, findTestChromium } from './scripts/chromium.mjs';

// End-to-end tests run Debian's Chromium (apt package `chromium-headless-shell`, else `chromium`;
// see scripts/chromium.mjs) against `astro preview` of the
// production build in dist/ — the CSP only applies to the built site. `npm test` builds first;
// to run this suite alone: `npm run build && npm run test:e2e`.
// Never `npx playwright install`: it downloads a browser from outside, which fails here.

const port = Number(process.env.READINESS_E2E_PORT ?? 4323);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Kept inside test-results/ but in its own folder: Playwright empties outputDir on start, and
  // test-results/ also holds vitest.json from the same `npm test` run.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  // On CI one retry, so a test that timed out on a machine busy with the other phases of
  // `npm test` does not turn the run red; a test that fails twice still fails, and every test that
  // needed its retry is named as flaky at the end of `npm test`, so it is seen and fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  // Ceilings against a hang, not measures of speed: a passing test never waits for them, and the
  // heaviest tests took 20 s beside the rest of `npm test` on a slow day.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    // Keep the browser honest: no CSP bypass, no service-worker shortcuts, a fixed locale/zone so
    // dates and numbers render the same everywhere.
    bypassCSP: false,
    locale: 'en-US',
    timezoneId: 'UTC',
    // Recording a trace for every test (to keep only the failing ones) cost a fifth of the suite's
    // time; ask for one when a failure needs it: READINESS_E2E_TRACE=1 npm run test:e2e -- <spec>.
    trace: process.env.READINESS_E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: findTestChromium(),
      args: E2E_CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // --ignore-lock: Astro 7 allows one tracked `astro preview` per project and refuses to start a
    // second; a developer's own preview (or Lighthouse's) must not make the suite fail to start.
    command: `node node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
