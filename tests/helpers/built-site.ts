/**
 * Reading a built site (a dist/ folder) the way a deployer sees it: its pages by route, and all of
 * its text files at once. Shared by the SITE_URL build test and the e2e checks of the real build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML file, keyed by its path inside dist/ ("methodology/index.html"). */
export function builtHtmlFiles(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.html')) files.set(file.split('\\').join('/'), readFileSync(join(dist, file), 'utf8'));
  }
  return files;
}

/** Every built HTML page as [route, html]: "methodology/index.html" is served as "/methodology/". */
export function builtPages(dist: string): [string, string][] {
  return [...builtHtmlFiles(dist)].map(([file, html]) => [
    file === 'index.html' ? '/' : `/${file.replace(/index\.html$/, '')}`,
    html,
  ]);
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
