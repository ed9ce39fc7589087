/**
 * Where a long unbreakable word (a URL, a hyphenated programme name, a run of CJK text, which has
 * no spaces) may wrap. The PDF's layout breaks lines only between the parts returned here, so a
 * word wider than its column would otherwise run off the page.
 */

/** Words up to this many characters stay whole: ordinary words never wrap mid-word. */
export const LONGEST_WHOLE_WORD = 20;
/** A longer word may wrap after every this many characters. */
export const WORD_CHUNK = 10;

// Built on first use: a page's first Intl object loads the browser's locale data.
let graphemeSegmenter: Intl.Segmenter | undefined;

/** The text's characters as a reader sees them: "👍🏽" and an accented letter are one each. */
export function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/**
 * The word unchanged when it is short, else its characters in chunks of `WORD_CHUNK` (whole
 * graphemes, so an accent or a conjunct is never split from its letter). The parts join back to
 * the word exactly.
 */
export function breakableParts(word: string): string[] {
  if (word.length <= LONGEST_WHOLE_WORD) return [word];
  const characters = graphemes(word);
  if (characters.length <= LONGEST_WHOLE_WORD) return [word];
  const parts: string[] = [];
  for (let i = 0; i < characters.length; i += WORD_CHUNK) parts.push(characters.slice(i, i + WORD_CHUNK).join(''));
  return parts;
}
