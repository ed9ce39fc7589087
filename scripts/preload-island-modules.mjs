// @ts-check
// An island's code arrives as a chain: the page's island script imports the component's chunk,
// which imports the chunks it needs, which import theirs; the browser learns of each level only
// once the one before has arrived, so a phone on a slow network waits a round trip per level
// before hydrating. After every build this integration lists, in each page's <head>, every chunk
// its islands import statically as <link rel="modulepreload">: the browser requests them all while
// it parses the page. These are the chunks the page loads anyway (its initial JS, as the bench
// counts it); chunks reached only through import() are not preloaded. The links go at the end of
// <head>, after the CSP <meta> that governs them.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunkImports } from './chunk-imports.mjs';
import { listHtmlFiles } from './security-headers.mjs';

/**
 * Every chunk the page's islands import statically, as site paths (`/_astro/x.js`), roots first.
 * @param {string} html
 * @param {(sitePath: string) => string | null} readChunk the chunk's text, or null if absent
 * @returns {string[]}
 */
export function islandModules(html, readChunk) {
  /** @type {string[]} */
  const roots = [];
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = new RegExp(`\\b${attr}="([^"]+)"`).exec(tag)?.[1];
      if (url?.startsWith('/')) roots.push(url);
    }
  }
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const url = /** @type {string} */ (queue.shift());
    if (seen.has(url)) continue;
    const code = readChunk(url);
    if (code === null) continue;
    seen.add(url);
    for (const specifier of chunkImports(code).staticImports) {
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        queue.push(new URL(specifier, `https://site${url}`).pathname);
      } else if (specifier.startsWith('/')) queue.push(specifier);
    }
  }
  return [...seen];
}

/**
 * The page with a modulepreload link for each URL not already linked, at the end of <head>.
 * @param {string} html
 * @param {string[]} urls
 */
export function withModulePreloads(html, urls) {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const missing = urls.filter((url) => !html.includes(`<link rel="modulepreload" href="${url}">`));
  if (missing.length === 0) return html;
  const links = missing.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return html.slice(0, headEnd) + links + html.slice(headEnd);
}

/** @returns {import('astro').AstroIntegration} */
export function preloadIslandModulesIntegration() {
  return {
    name: 'readiness:preload-island-modules',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        /** @param {string} sitePath */
        const readChunk = (sitePath) => {
          try {
            return readFileSync(path.join(distDir, sitePath), 'utf8');
          } catch {
            return null;
          }
        };
        for (const file of listHtmlFiles(distDir)) {
          const full = path.join(distDir, file);
          const html = readFileSync(full, 'utf8');
          const preloaded = withModulePreloads(html, islandModules(html, readChunk));
          if (preloaded !== html) writeFileSync(full, preloaded);
        }
      },
    },
  };
}
