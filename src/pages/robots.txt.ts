/**
 * robots.txt, written at build time: every page may be indexed, and when the build knows its
 * public address (SITE_URL) the sitemap is named with it — robots.txt needs an absolute URL there.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
