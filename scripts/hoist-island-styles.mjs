// @ts-check
// Astro writes the one rule its islands need (`astro-island{display:contents}`) as a <style> element
// just before the first island, inside <body>; the W3C HTML checker rejects a <style> there. This
// integration moves that element, unchanged, to the end of <head> after every build. The text is
// byte-for-byte the same, so the CSP hash Astro already put in the page still allows it.
import { fileURLToPath } from 'node:url';
import { rewriteHtmlFiles } from './security-headers.mjs';

/** Astro's island stylesheet as it appears in built pages (astro/dist/runtime/server/astro-island-styles.js). */
export const ISLAND_STYLE_ELEMENT = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * The page with every copy of the island <style> taken out of <body> and one copy put at the end of
 * <head>. A page without it in <body> is returned as it was.
 * @param {string} html
 * @returns {string}
 */
export function hoistIslandStyles(html) {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  const rest = html.slice(headEnd);
  if (!rest.includes(ISLAND_STYLE_ELEMENT)) return html;
  const body = rest.split(ISLAND_STYLE_ELEMENT).join('');
  return head.includes(ISLAND_STYLE_ELEMENT) ? head + body : head + ISLAND_STYLE_ELEMENT + body;
}

/** @returns {import('astro').AstroIntegration} */
export function hoistIslandStylesIntegration() {
  return {
    name: 'readiness:hoist-island-styles',
    hooks: {
      'astro:build:done': ({ dir }) => rewriteHtmlFiles(fileURLToPath(dir), hoistIslandStyles),
    },
  };
}
