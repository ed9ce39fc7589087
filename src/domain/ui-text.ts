/**
 * Words the screens and the PDF share: nouns with their plural forms.
 * Plain strings
 * (no functions inside them), so they can move into a content file unchanged; the helpers only
 * pick from them. Import from here; the parts live in ui-text/ as separate modules so that each
 * island's bundle carries only the words it uses (bundlers split by module, not by export).
 */
export * from './ui-text/plural';
