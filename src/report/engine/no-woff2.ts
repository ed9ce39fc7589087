/**
 * Stands in for the `brotli` decoder that fontkit (react-pdf's font engine) imports to read WOFF2
 * files. Our fonts are WOFF (fontkit 2 fails on these WOFF2 files anyway: "Offset is outside the
 * bounds of the DataView"), and the decoder with its dictionary is ~65 KB gzip of the PDF chunk.
 * astro.config.mjs points `brotli/decompress.js` here for the browser build.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported in the PDF: use the .woff files.');
}
