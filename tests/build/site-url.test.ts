/**
 * The site URL comes from SITE_URL at build time (docs/deploying.md). With it, every page names its
 * canonical address on that domain and a sitemap lists them. Without it, nothing in the build
 * points at any domain: that is checked on the real build by tests/e2e/static-pages.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, canonicalOf } from '../helpers/built-site';
import { BUILD_TIMEOUT_MS, build, copyProject, removeCopies } from '../helpers/project-copy';

describe('a build with SITE_URL', { timeout: BUILD_TIMEOUT_MS + 30_000 }, () => {
  let dir = '';
  let output = '';
  beforeAll(() => {
    dir = copyProject();
    const built = build(dir, { SITE_URL: 'https://example.org' });
    output = built.output;
    expect(built.status, output).toBe(0);
  }, BUILD_TIMEOUT_MS + 30_000);
  afterAll(removeCopies);

  it('gives every page but the 404 its canonical URL on that domain', () => {
    const built = builtPages(join(dir, 'dist'));
    const found = built.map(([route, html]) => [route, canonicalOf(html)]);
    const expected = built.map(([route]) => [
      route,
      route === '/404.html' ? null : new URL(route, 'https://example.org').href,
    ]);
    expect(found.length).toBeGreaterThan(5);
    expect(found).toEqual(expected);
  });

  it('writes a sitemap of those pages and names it in robots.txt', () => {
    const dist = join(dir, 'dist');
    expect(existsSync(join(dist, 'sitemap-index.xml')), output).toBe(true);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/</loc>');
    expect(sitemap).toContain('<loc>https://example.org/methodology/</loc>');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/sitemap-index.xml');
  });
});

// A build without SITE_URL is the one `npm test` makes: tests/e2e/static-pages.spec.ts checks that
// dist/ has no canonical link, no sitemap and no placeholder domain (one full build fewer here).

describe('a build with a SITE_URL that is not an absolute http(s) URL', { timeout: BUILD_TIMEOUT_MS + 30_000 }, () => {
  it('fails, saying what SITE_URL must look like', () => {
    const dir = copyProject();
    try {
      const built = build(dir, { SITE_URL: 'readiness.example.org' });
      expect(built.status).not.toBe(0);
      expect(built.output).toContain('SITE_URL must be an absolute URL such as https://');
    } finally {
      removeCopies();
    }
  });
});
