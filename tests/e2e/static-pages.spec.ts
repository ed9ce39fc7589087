// Every page, as first loaded: it renders, is accessible, is keyboard-navigable from the skip link,
// fits a 320 px screen, and keeps the privacy and security promises (see fixtures.ts for the
// guards that run after each test). Interactive states are covered by the flow specs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cspDirectives, cspScriptSources } from '../../security-policy.mjs';
import {
  missingFromHeader,
  metaCsp,
  parseCsp,
  readMetaPolicies,
  siteWideHeaders,
} from '../../scripts/security-headers.mjs';
import { PLACEHOLDER_DOMAIN, builtPages, builtText, canonicalOf } from '../helpers/built-site';
import { expect, expectNoAxeViolations, gotoAndSettle, test } from './fixtures';
import { DIST, NOT_FOUND_PATH, ROOT, allPages, readBuiltHtml, zeroJsRoutes } from './routes';

// This spec never makes a PDF: its pages run without the PDF engine's background work (fixtures.ts).
test.use({ pdfEngine: 'absent' });

const pages = allPages();
// What a static host deploys: the _headers file the build wrote (scripts/security-headers.mjs).
const DEPLOYED_HEADERS = path.join(DIST, '_headers');
// Chromium logs the not-found page's own 404 status as a console error; allow exactly that one
// (a missing asset on that page is logged with the asset's URL and still fails the test).
const notFound = new RegExp(`status of 404 \\(Not Found\\) \\(http://[^/]+${NOT_FOUND_PATH}:\\d+\\)$`);

// One page load per page, served as a static host serves it: with the headers the build wrote to
// dist/_headers, so the browser enforces the header CSP *and* the meta CSP. Every check a visitor's
// first view needs runs on that one load (a load per check quadrupled this suite's time).
for (const p of pages) {
  test(`page ${p.path}, as deployed: renders with no Intl object, passes axe, skips to main, fits 320 px`, async ({
    page,
    guards,
    context,
  }) => {
    if (p.status === 404) guards.allowConsoleError(notFound);
    const extra = siteWideHeaders(readFileSync(DEPLOYED_HEADERS, 'utf8'));
    await context.route('**/*', async (route) => {
      try {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
      } catch {
        // The test ended (or the page closed) while this request was in flight.
        await route.abort().catch(() => {});
      }
    });

    // A page's first Intl object loads the browser's locale data on the main thread (tens of
    // milliseconds while it hydrates): no page builds one on load (src/domain/ui-text/written-numbers.ts).
    await page.addInitScript(() => {
      const built: string[] = [];
      Object.defineProperty(window, '__intlOnLoad', { value: built });
      const intl = Intl as unknown as Record<string, () => unknown>;
      for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'Segmenter', 'ListFormat'])
        intl[name] = new Proxy(intl[name]!, {
          construct: (target, args, newTarget) => (built.push(name), Reflect.construct(target, args, newTarget)),
          apply: (target, self, args) => (built.push(name), Reflect.apply(target, self, args)),
        });
    });

    const response = await gotoAndSettle(page, p.path);
    expect(await page.evaluate(() => (window as Window & { __intlOnLoad?: string[] }).__intlOnLoad)).toEqual([]);
    expect(response?.status(), 'HTTP status').toBe(p.status);
    expect(response?.headers()['content-security-policy']).toBe(extra['content-security-policy']);
    expect((await page.title()).trim(), '<title>').not.toBe('');
    // What search engines and screen readers read first (Lighthouse's SEO audits, which run only in
    // `npm run bench`, score the same three).
    await expect(page.locator('meta[name="description"]'), 'a meta description').toHaveAttribute('content', /\S/);
    await expect(page.locator('html'), 'the document language').toHaveAttribute('lang', /^[a-z]{2}/);
    await expect(page.locator('meta[name="viewport"]'), 'a mobile viewport').toHaveAttribute(
      'content',
      /width=device-width/,
    );
    await expect(page.locator('h1'), 'exactly one h1').toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main'), 'one <main> landmark').toHaveCount(1);
    await expectNoAxeViolations(page, p.path);

    const denied = await page.evaluate(() => {
      // Chromium exposes the effective Permissions-Policy as document.featurePolicy.
      const policy = (document as Document & { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
      return ['camera', 'microphone', 'geolocation', 'payment', 'usb'].filter((f) => policy?.allowsFeature(f));
    });
    expect(denied, 'features the Permissions-Policy should deny').toEqual([]);

    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused, 'the first Tab stop is a link').toHaveJSProperty('tagName', 'A');
    await expect(focused, 'the first Tab stop is the skip link').toHaveText(/skip/i);
    await expect(focused).toHaveAttribute('href', /^#./);
    await expect(focused, 'the skip link is visible when focused').toBeVisible();
    await page.keyboard.press('Enter');
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const active = document.activeElement;
            return !!active && active !== document.body && active.closest('main') !== null;
          }),
        { message: 'focus is on (or inside) <main> after activating the skip link' },
      )
      .toBe(true);

    await page.setViewportSize({ width: 320, height: 640 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
        message: 'document.documentElement.scrollWidth at 320 px',
      })
      .toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.body.scrollWidth), 'document.body.scrollWidth').toBeLessThanOrEqual(320);

    await guards.assertClean();
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  });
}

test.describe('built HTML', () => {
  test('pages that promise no JavaScript ship no <script> and no module preload', () => {
    const offenders: string[] = [];
    const files = [...zeroJsRoutes.map((route) => path.join(DIST, route, 'index.html')), path.join(DIST, '404.html')];
    for (const file of files) {
      const html = readBuiltHtml(file);
      const scripts = html.match(/<script\b/gi)?.length ?? 0;
      const preloads = html.match(/<link\b[^>]*rel=["']?modulepreload/gi)?.length ?? 0;
      if (scripts || preloads) {
        offenders.push(`${path.relative(ROOT, file)}: ${scripts} <script>, ${preloads} modulepreload`);
      }
    }
    expect(offenders, offenders.join('\n')).toEqual([]);
  });

  test("every page has a strict CSP <meta>: default-src 'none', no unsafe script sources", () => {
    const problems: string[] = [];
    for (const p of pages) {
      const html = readBuiltHtml(p.file);
      const where = path.relative(ROOT, p.file);
      const policy = metaCsp(html);
      if (!policy) {
        problems.push(`${where}: no <meta http-equiv="content-security-policy">`);
        continue;
      }
      const csp = parseCsp(policy);
      if (csp.get('default-src')?.join(' ') !== "'none'") problems.push(`${where}: default-src is not 'none'`);
      for (const directive of ['script-src', 'style-src']) {
        const sources = csp.get(directive);
        if (!sources) problems.push(`${where}: no ${directive}`);
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
          if (sources?.includes(bad)) problems.push(`${where}: ${directive} allows ${bad}`);
        }
      }
      for (const source of cspScriptSources) {
        if (!csp.get('script-src')?.includes(source)) problems.push(`${where}: script-src lacks ${source}`);
      }
      for (const [name, ...sources] of cspDirectives.map((d) => d.split(/\s+/))) {
        if (csp.get(name!)?.join(' ') !== sources.join(' ')) {
          problems.push(`${where}: ${name} should be "${sources.join(' ')}" as in security-policy.mjs`);
        }
      }
      // The CSP only protects what comes after it: it must precede every script and style.
      const metaAt = html.search(/<meta\b[^>]*content-security-policy/i);
      const firstActive = html.search(/<(script|style)\b|<link\b[^>]*rel=["']?(stylesheet|modulepreload)/i);
      if (firstActive >= 0 && firstActive < metaAt)
        problems.push(`${where}: a script/style comes before the CSP <meta>`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('dist/_headers allows every script and style source the built pages use', () => {
    const missing = missingFromHeader(readFileSync(DEPLOYED_HEADERS, 'utf8'), readMetaPolicies(DIST));
    expect(
      missing,
      `the header CSP the build wrote would block what the pages use (scripts/security-headers.mjs):\n${missing.join('\n')}`,
    ).toEqual([]);
  });

  // The build `npm test` makes is the one a deployer makes without SITE_URL (docs/deploying.md);
  // tests/content/edit-propagation.test.ts builds a copy with it (and tests/build/site-url.test.ts one with a bad value).
  test('canonical links and the sitemap follow SITE_URL, and no placeholder domain is left', () => {
    const site = process.env.SITE_URL ? new URL(process.env.SITE_URL) : null;
    for (const [route, html] of builtPages(DIST)) {
      const expected = site && route !== '/404.html' ? new URL(route, site).href : null;
      expect(canonicalOf(html), `canonical link of ${route}`).toBe(expected);
    }
    expect(existsSync(path.join(DIST, 'sitemap-index.xml')), 'sitemap').toBe(site !== null);
    const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
    expect(/sitemap/i.test(robots), 'a Sitemap line in robots.txt').toBe(site !== null);
    if (!site) expect(builtText(DIST)).not.toMatch(PLACEHOLDER_DOMAIN);
  });

  // The axe helper runs axe-core itself (fixtures.ts); prove it still reports what it should.
  test('the accessibility check fails on a page with a violation', async ({ page }) => {
    await gotoAndSettle(page, '/privacy/');
    await expectNoAxeViolations(page, 'privacy, untouched');
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
    const failure = await expectNoAxeViolations(page, 'privacy, with a nameless button').then(
      () => 'no failure',
      (error: Error) => error.message,
    );
    expect(failure).toContain('button-name');
  });

  test('the not-found page links home', async ({ page, guards }) => {
    guards.allowConsoleError(notFound);
    await gotoAndSettle(page, NOT_FOUND_PATH);
    await expect(page.locator('a[href="/"]').first()).toBeVisible();
  });
});
