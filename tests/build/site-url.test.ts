/**
 * The site URL comes from SITE_URL at build time (docs/deploying.md). With it, every page names its
 * canonical address on that domain and a sitemap lists them; without it, nothing in the build
 * points at any domain — no canonical link, no sitemap, no placeholder host.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, build, copyProject, removeCopies } from '../helpers/project-copy';

/** Every built HTML page as [route, html]. */
function pages(dist: string): [string, string][] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const rel = relative(dist, file).split('\\').join('/');
      return [rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`, readFileSync(file, 'utf8')];
    });
}

/** Every text file of the build, concatenated: what a deployer would upload. */
function allText(dist: string): string {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|txt|js|css|json|webmanifest)$|^_headers$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? null;

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
    const built = pages(join(dir, 'dist'));
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

describe('a build without SITE_URL', { timeout: BUILD_TIMEOUT_MS + 30_000 }, () => {
  let dir = '';
  beforeAll(() => {
    dir = copyProject();
    const built = build(dir, { SITE_URL: '' });
    expect(built.status, built.output).toBe(0);
  }, BUILD_TIMEOUT_MS + 30_000);
  afterAll(removeCopies);

  it('has no canonical link, no sitemap and no sitemap line in robots.txt', () => {
    const dist = join(dir, 'dist');
    for (const [route, html] of pages(dist)) expect(canonicalOf(html), route).toBeNull();
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toMatch(/sitemap/i);
  });

  it('names no placeholder domain anywhere', () => {
    expect(allText(join(dir, 'dist'))).not.toMatch(/readiness\.example|example\.(com|org|net)\b/);
  });
});

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
