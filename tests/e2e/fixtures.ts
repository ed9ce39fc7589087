/**
 * Shared Playwright fixtures for the Readiness end-to-end suite. Import `test` and `expect` from
 * here, never from '@playwright/test', so every test is guarded:
 *
 *   import { test, expect, expectNoAxeViolations, gotoAndSettle } from './fixtures';
 *
 *   test('cost defaults', async ({ page, guards }) => {
 *     await gotoAndSettle(page, '/cost/');            // waits for every island to hydrate
 *     await expectNoAxeViolations(page, 'cost: defaults');
 *     expect(guards.requestsMatching(/pdf/i)).toEqual([]); // the PDF engine is not loaded yet
 *   });
 *
 * What the automatic `guards` fixture enforces after every test (all pages of the test's browser
 * context, across navigations; the test fails with a readable list when any is broken):
 *   - zero requests to any origin but the site's own (baseURL); data: and blob: are fine;
 *   - zero console errors (`console.error`, failed resource loads, CSP reports in the console);
 *   - zero uncaught page errors;
 *   - zero CSP violations (a `securitypolicyviolation` listener injected into every document via
 *     `addInitScript`, which runs through the DevTools protocol and so is not itself blocked by
 *     the page's CSP; each document keeps its own list in `window.__cspViolations`);
 *   - zero cookies in the context;
 *   - no localStorage key other than the documented STORAGE_KEYS (the ones /privacy/ lists).
 *
 * Escape hatches, for a test whose *subject* is one of those signals:
 *   - `guards.allowConsoleError(/pattern/)` — a console error matching the pattern is expected
 *     (e.g. the browser's own "status of 404" message on the not-found page);
 *   - `await guards.assertClean()` — run the same checks mid-test (e.g. before and after a step).
 * Recorded data for assertions: `guards.requests`, `guards.requestsMatching(re)`,
 * `guards.consoleErrors`, `guards.pageErrors`, `guards.cspViolations`.
 *
 * Helpers:
 *   - `guardContext(context, baseURL)` — the same guards for a browser context the test creates
 *     itself (the fixture only covers the test's own `context`); call `assertClean()` on it.
 *   - `expectNoAxeViolations(page, label)` — axe-core with WCAG 2.0 A through 2.2 AA
 *     tags; on failure prints each rule, its impact, help URL and the offending selectors.
 *   - `gotoAndSettle(page, path)` — navigate, wait for `load` and for every `<astro-island>` to
 *     finish hydrating (Astro removes its `ssr` attribute), return the main response.
 *   - `PDF_ENGINE_SCRIPT` — the URL of the PDF engine's script, for `guards.requestsMatching`
 *     and routes; the `pdfEngine` option below leaves it out of specs that never make a PDF.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import { STORAGE_KEYS } from '../../src/consts';
import { test as base, expect, type BrowserContext, type Page, type Response } from '@playwright/test';

export { expect };

/**
 * axe-core's minified build, injected into a page before its first scan. `axe.source` (what the
 * package's main module exports) is the unminified build, 1.5 MB against 0.65 MB: sending and
 * compiling it took about as long as a scan itself, once per page, 100-odd times a run.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One request made by any page (or worker) in the test's browser context. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

/** What a `securitypolicyviolation` event said. */
export interface CspViolation {
  documentURI: string;
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
  disposition: string;
}

export interface Guards {
  /** Every request made in this test, in order. */
  readonly requests: RecordedRequest[];
  /** Console messages of type "error", formatted with their source location. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  readonly pageErrors: string[];
  /** CSP violations reported by any document of this test. */
  readonly cspViolations: CspViolation[];
  /** URLs of requests whose URL matches `pattern` (e.g. to prove a chunk was not loaded yet). */
  requestsMatching(pattern: RegExp): string[];
  /** Expect a console error matching `pattern`; it will not fail the test. */
  allowConsoleError(pattern: RegExp): void;
  /** Throws (with a readable report) if any guard is broken so far. */
  assertClean(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __readinessReportCsp?: (violation: CspViolation) => void;
    /** axe-core, once expectNoAxeViolations has injected it into this document. */
    axe: typeof axe;
  }
}

const ALLOWED_SCHEMES = new Set(['data:', 'blob:']);

/** The only localStorage keys the site may write: the ones /privacy/ lists. */
const DOCUMENTED_STORAGE_KEYS = new Set<string>(Object.values(STORAGE_KEYS).map((entry) => entry.key));

// Runs in every document before any page script. Reports each violation both to the page-local
// array (handy when debugging in the browser) and to the test process through an exposed binding,
// so violations in documents the test has already navigated away from are not lost.
function cspListener(): void {
  window.__cspViolations = [];
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const violation = {
        documentURI: event.documentURI,
        directive: event.effectiveDirective || event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
        disposition: event.disposition,
      };
      window.__cspViolations?.push(violation);
      try {
        window.__readinessReportCsp?.(violation);
      } catch {
        // The binding can be gone while the page is closing; the array above still has it.
      }
    },
    true,
  );
}

function formatCsp(v: CspViolation): string {
  const where = v.sourceFile ? ` at ${v.sourceFile}:${v.line}` : '';
  const sample = v.sample ? ` sample=${JSON.stringify(v.sample)}` : '';
  return `${v.directive} blocked ${v.blockedURI || '(inline)'} in ${v.documentURI}${where}${sample}`;
}

class GuardRecorder implements Guards {
  readonly requests: RecordedRequest[] = [];
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly cspViolations: CspViolation[] = [];
  private readonly allowedConsole: RegExp[] = [];
  private readonly seenCsp = new Set<string>();

  constructor(
    private readonly context: BrowserContext,
    private readonly origin: string,
  ) {}

  recordCsp(v: CspViolation): void {
    const key = JSON.stringify(v);
    if (this.seenCsp.has(key)) return;
    this.seenCsp.add(key);
    this.cspViolations.push(v);
  }

  attach(page: Page): void {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const { url, lineNumber } = msg.location();
      this.consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
    });
    page.on('pageerror', (error) => {
      this.pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`);
    });
  }

  isForeign(url: string): boolean {
    const parsed = new URL(url);
    if (ALLOWED_SCHEMES.has(parsed.protocol)) return false;
    return parsed.origin !== this.origin;
  }

  requestsMatching(pattern: RegExp): string[] {
    return this.requests.map((r) => r.url).filter((url) => pattern.test(url));
  }

  allowConsoleError(pattern: RegExp): void {
    this.allowedConsole.push(pattern);
  }

  /** Pulls each open document's own list, in case a binding call was still in flight. */
  private async collectPageViolations(): Promise<void> {
    for (const page of this.context.pages()) {
      if (page.isClosed()) continue;
      const list = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      for (const v of list) this.recordCsp(v);
    }
  }

  problems(cookies: { name: string; domain: string }[], storedKeys: string[] = []): string[] {
    const out: string[] = [];
    const undocumented = storedKeys.filter((key) => !DOCUMENTED_STORAGE_KEYS.has(key));
    if (undocumented.length) {
      out.push(`${undocumented.length} localStorage key(s) not listed in STORAGE_KEYS (and so not on /privacy/):`);
      for (const key of undocumented) out.push(`  ${key}`);
    }
    const foreign = this.requests.filter((r) => this.isForeign(r.url));
    if (foreign.length) {
      out.push(`${foreign.length} request(s) left the site (${this.origin}):`);
      for (const r of foreign) out.push(`  ${r.method} ${r.url} [${r.resourceType}]`);
    }
    const errors = this.consoleErrors.filter((text) => !this.allowedConsole.some((re) => re.test(text)));
    if (errors.length) {
      out.push(`${errors.length} console error(s):`);
      for (const e of errors) out.push(`  ${e}`);
    }
    if (this.pageErrors.length) {
      out.push(`${this.pageErrors.length} uncaught page error(s):`);
      for (const e of this.pageErrors) out.push(`  ${e}`);
    }
    if (this.cspViolations.length) {
      out.push(`${this.cspViolations.length} CSP violation(s):`);
      for (const v of this.cspViolations) out.push(`  ${formatCsp(v)}`);
    }
    if (cookies.length) {
      out.push(`${cookies.length} cookie(s) set (the site promises none):`);
      for (const c of cookies) out.push(`  ${c.name} @ ${c.domain}`);
    }
    return out;
  }

  /** The report last thrown by assertClean, so the after-test check does not repeat it. */
  private lastReport = '';

  /** Every localStorage key any origin of this context holds. */
  private async storedKeys(): Promise<string[]> {
    const state = await this.context.storageState().catch(() => ({ origins: [] }));
    return state.origins.flatMap((origin) => origin.localStorage.map((item) => item.name));
  }

  async assertClean(): Promise<void> {
    await this.collectPageViolations();
    const problems = this.problems(await this.context.cookies(), await this.storedKeys());
    if (!problems.length) return;
    this.lastReport = problems.join('\n');
    throw new Error(`Guards broken:\n${this.lastReport}`);
  }

  /** After the test: the same checks, unless nothing changed since a failed assertClean(). */
  async assertCleanAfterTest(): Promise<void> {
    await this.collectPageViolations();
    const problems = this.problems(await this.context.cookies(), await this.storedKeys());
    if (problems.length && problems.join('\n') !== this.lastReport) {
      throw new Error(`Guards broken:\n${problems.join('\n')}`);
    }
  }
}

/**
 * Starts recording the guarded signals in a browser context. The `guards` fixture does this for
 * the test's own context; call it yourself for a context you create (e.g. a "fresh browser" for a
 * share link), *before* opening pages in it, and `await guards.assertClean()` before closing it.
 */
export async function guardContext(context: BrowserContext, baseURL: string): Promise<Guards> {
  const recorder = new GuardRecorder(context, new URL(baseURL).origin);
  await context.exposeFunction('__readinessReportCsp', (v: CspViolation) => recorder.recordCsp(v));
  await context.addInitScript(cspListener);
  context.on('request', (request) =>
    recorder.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() }),
  );
  for (const page of context.pages()) recorder.attach(page);
  context.on('page', (page) => recorder.attach(page));
  return recorder;
}

/** The PDF engine: the worker's script as the build names it (src/report/render-pdf.worker.ts). */
export const PDF_ENGINE_SCRIPT = /\/_astro\/render-pdf\.[^/]*\.js$/;

/**
 * What a test's pages get as the PDF worker's script when the spec says `pdfEngine: 'absent'`: a
 * worker that answers every request with a failure naming this switch, at once. Background work
 * (the results screen's prefetch, /cost/'s and /report/'s renders ahead) ignores failures; a click
 * on a Download button shows the page's own error, so a spec that makes a PDF cannot pass on it.
 */
const ABSENT_PDF_ENGINE = `self.addEventListener('message', (event) => self.postMessage({
  id: event.data.id, ok: false, message: 'This spec runs without the PDF engine (pdfEngine in tests/e2e/fixtures.ts).',
}));`;

export const test = base.extend<{ guards: Guards; pdfEngine: 'real' | 'absent'; pdfEngineSwitch: void }>({
  /**
   * The PDF engine the test's own context gets. 'real' (the default) is the site's. A spec that
   * never makes a PDF says `test.use({ pdfEngine: 'absent' })`: /cost/, /report/ and the results
   * screen lay the report out in the background (src/components/report/use-pdf-prefetch.ts), work
   * none of its assertions sees, and that was 28% of cost.spec.ts's CPU (140 → 101 CPU-seconds,
   * 73 → 57 s). The engine itself is tested by the specs that download PDFs, by the PDF unit tests
   * and by `npm run bench`.
   */
  pdfEngine: ['real', { option: true }],
  pdfEngineSwitch: [
    async ({ context, pdfEngine }, use) => {
      if (pdfEngine === 'absent') {
        await context.route(PDF_ENGINE_SCRIPT, (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript', body: ABSENT_PDF_ENGINE }),
        );
      }
      await use();
    },
    { auto: true },
  ],
  guards: [
    async ({ context, baseURL }, use) => {
      if (!baseURL) throw new Error('guards need use.baseURL (see playwright.config.ts)');
      const guards = await guardContext(context, baseURL);
      await use(guards);
      await (guards as GuardRecorder).assertCleanAfterTest();
    },
    { auto: true },
  ],
});

/** The WCAG levels every page and state must pass (zero axe violations, in every state). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now; fails with one readable block per violated rule.
 *
 * axe runs inside the page directly rather than through @axe-core/playwright: that wrapper opens a
 * second page for every scan to merge per-frame results, which made a scan cost ~1.3 s instead of
 * ~0.2 s, and this site has no frames to merge. Only violations are collected (`resultTypes`), the
 * one thing a test asserts. `page.evaluate` runs through the DevTools protocol, so injecting axe is
 * not itself subject to the page's CSP (and the guards would report it if it were).
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'n/a',
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary ?? '' })),
    }));
  }, AXE_TAGS);
  const lines: string[] = [];
  for (const v of violations) {
    lines.push(`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    at ${node.target}`);
      if (node.summary) lines.push(`       ${node.summary.split('\n').join('\n       ')}`);
    }
  }
  expect(
    violations.length,
    `axe found ${violations.length} violation(s) on "${label}" (${page.url()}):\n${lines.join('\n')}`,
  ).toBe(0);
}

/**
 * Navigates and waits until the page is interactive: `load` fired and every Astro island hydrated.
 * Returns the main document's response (null only for same-document navigations).
 */
export async function gotoAndSettle(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(path, { waitUntil: 'load' });
  // A ceiling against an island that never hydrates; beside the rest of `npm test` on a slow
  // machine a heavy page has taken several seconds.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
    timeout: 30_000,
  });
  return response;
}

/**
 * Holds back every request matching `pattern` (a URL glob) until the returned function is called,
 * to act on a page while part of its code or content has not arrived yet.
 */
export async function holdRequests(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
