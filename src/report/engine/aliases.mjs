// @ts-check
/**
 * What the PDF engine would load but never run, and what stands in for each (every stand-in's file
 * says why it is safe): fontkit's WOFF2 decoder (our fonts are WOFF), the reconcilers for Reacts we
 * do not ship, English hyphenation patterns (the report breaks only long words, by its own rule)
 * and the image decoders (no PDF draws an image). Together ~78 KB gzip of the PDF worker.
 * Used by astro.config.mjs for the site, and by vitest.config.ts so the PDF tests lay reports out
 * with the same engine the site ships.
 */
import { URL, fileURLToPath } from 'node:url';

/** @param {string} file */
const standIn = (file) => fileURLToPath(new URL(`./${file}`, import.meta.url));

export const pdfEngineAliases = [
  { find: /^brotli\/decompress\.js$/, replacement: standIn('no-woff2.ts') },
  { find: /^@react-pdf\/reconciler$/, replacement: standIn('react-19-reconciler.ts') },
  { find: /^@react-pdf\/hyphenate\/en-us$/, replacement: standIn('no-english-hyphenation.ts') },
  { find: /^@react-pdf\/image$/, replacement: standIn('no-images.ts') },
];
