/**
 * Stands in for `@react-pdf/hyphenate/en-us`, react-pdf's English hyphenation, whose pattern table
 * (~40 KB minified) is compiled into a lookup tree as the PDF worker starts. The report registers
 * its own word breaker (src/report/fonts/register.ts: long words and URLs only, no English
 * hyphenation) and never calls the built-in one (tests/unit/pdf-engine-stand-ins.test.ts), so
 * nothing is lost; were it ever called, it would keep every word whole, as the report wants.
 * astro.config.mjs points `@react-pdf/hyphenate/en-us` here for the browser build.
 */
export const syllables = (word: string): string[] => [word];
export const hyphenate = (word: string): string => word;
export const patterns = {};
