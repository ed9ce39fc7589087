/**
 * What the screens and the PDF share around their words: numbers as they are printed. The words
 * themselves, nouns included, are the pages' (content/pages/). Import from here; the parts live in
 * ui-text/ as separate modules so that each island's bundle carries only what it uses (bundlers
 * split by module, not by export).
 */
export * from './ui-text/plural';
