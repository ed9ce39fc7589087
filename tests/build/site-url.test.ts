/**
 * The site URL comes from SITE_URL at build time (docs/deploying.md). With it, every page names its
 * canonical address on that domain and a sitemap lists them. Without it, nothing in the build
 * points at any domain: that is checked on the real build by tests/e2e/static-pages.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, build, copyProject, removeCopies } from '../helpers/project-copy';

// A build with SITE_URL (every page's canonical URL on that domain, the sitemap, robots.txt) is
// checked on the build tests/content/edit-propagation.test.ts makes anyway: one full build fewer.
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
