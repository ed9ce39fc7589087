/**
 * Reading a built site (a dist/ folder) the way a deployer sees it: its pages by route, and all of
 * its text files at once. Shared by the SITE_URL build test and the e2e checks of the real build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built HTML page as [route, html]. */
export function builtPages(dist: string): [string, string][] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const rel = relative(dist, file).split('\\').join('/');
      return [rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`, readFileSync(file, 'utf8')];
    });
}

/** Every text file of the build, concatenated: what a deployer would upload. */
export function builtText(dist: string): string {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|txt|js|css|json|webmanifest)$|^_headers$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

/** The page's canonical URL, or null when it names none. */
export const canonicalOf = (html: string): string | null =>
  /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? null;

/** Any domain a placeholder would use: the old default and the documentation domains. */
export const PLACEHOLDER_DOMAIN = /readiness\.example|example\.(com|org|net)\b/;
