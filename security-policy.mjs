// @ts-check
// One source for the Content-Security-Policy: astro.config.mjs puts it in every page's <meta>, and
// scripts/security-headers.mjs writes the same policy (plus the directives a <meta> cannot carry)
// into dist/_headers on every build, so the two can never drift apart.

/** @typedef {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} CspConfig */

/**
 * Directives besides script-src/style-src, which Astro writes itself with per-file hashes.
 * @type {NonNullable<CspConfig['directives']>}
 */
export const cspDirectives = [
  "default-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // react-pdf instantiates its layout engine (yoga) from a data: URL.
  "connect-src 'self' data:",
  "manifest-src 'self'",
  // The PDF is laid out in a worker started from this site's own script (src/report/render-pdf.worker.ts).
  "worker-src 'self'",
  "object-src 'none'",
];

/**
 * script-src sources (Astro adds its hashes). 'wasm-unsafe-eval' lets the PDF engine compile
 * WebAssembly; it does not allow eval() of JavaScript.
 */
export const cspScriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** Directives that only work as an HTTP header (browsers ignore them, noisily, in a <meta>). */
export const cspHeaderOnlyDirectives = ["frame-ancestors 'none'"];
