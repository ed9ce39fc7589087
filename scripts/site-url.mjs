// @ts-check
// The public address the site is deployed at, from the SITE_URL environment variable at build time.
// Without it the build emits no canonical link, no sitemap and no absolute URL of any kind: a
// placeholder domain in every page's head would tell search engines the pages live somewhere else.
// See docs/deploying.md, "The site URL".

/**
 * The site's origin (and base path, if any) as a URL string ending in "/", or undefined when
 * SITE_URL is unset or empty. Anything else that is not an absolute http(s) URL stops the build:
 * a typo here would otherwise ship wrong canonical links on every page.
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
export function parseSiteUrl(value) {
  const raw = value?.trim();
  if (!raw) return undefined;
  /** @type {URL} */
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://readiness.example.org — got ${JSON.stringify(raw)}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (or http://) — got ${JSON.stringify(raw)}`);
  }
  if (url.search || url.hash) {
    throw new Error(`SITE_URL must not carry a query or fragment — got ${JSON.stringify(raw)}`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
