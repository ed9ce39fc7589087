// @ts-check
// An island's code arrives as a chain: the page's island script imports the component's chunk,
// which imports the chunks it needs, which import theirs; the browser learns of each level only
// once the one before has arrived, so a phone on a slow network waits a round trip per level
// before hydrating. After every build this integration lists, in each page's <head>, every chunk
// its islands import statically as <link rel="modulepreload">: the browser requests them all while
// it parses the page. These are the chunks the page loads anyway (its initial JS, as the bench
// counts it); chunks reached only through import() are not preloaded. The links go at the end of
// <head>, after the CSP <meta> that governs them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunkImports } from './chunk-imports.mjs';
import { rewriteHtmlFiles } from './security-headers.mjs';

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
        rewriteHtmlFiles(distDir, (html) => withModulePreloads(html, islandModules(html, readChunk)));
      },
    },
  };
}

/**
 * Turns off Vite's own module preloading in the browser build. Vite wraps each import() so that,
 * when it runs, a script appends a <link rel="modulepreload"> for every chunk the imported one
 * needs, and lists those chunks' names in every chunk that imports them. With the links above in
 * <head> for what a page loads first, that machinery only repeated them: on /report/ it appended
 * 31 links during hydration (25–211 ms of main thread at 4× CPU), and the lists of hashed names
 * cost 2.3–2.8 KB gzip on every island page. Without it (three alternating Lighthouse runs each),
 * /report/ scored 1.00, 1.00, 1.00 against 0.93, 0.98, 0.95 (blocking time 130–290 ms → none)
 * and /cost/ 0.97, 1.00, 0.97 against 0.95, 0.96, 0.99. A chunk reached through import() now
 * names the chunks it needs itself, so the browser requests them once it has it: one round trip
 * later, for code that loads after the page is interactive.
 * @returns {import('vite').Plugin}
 */
export function withoutViteModulePreload() {
  return {
    name: 'readiness:without-vite-module-preload',
    // After Astro's own settings, which set modulePreload for the client build.
    enforce: 'post',
    configEnvironment(name, config) {
      if (name !== 'client') return;
      config.build ??= {};
      config.build.modulePreload = false;
    },
  };
}
