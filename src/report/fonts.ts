/**
 * The PDF's font: Inter (SIL Open Font License, public/fonts/Inter-OFL.txt), shipped from our own
 * origin. Helvetica, react-pdf's built-in font, covers Latin-1 only: no ₹ and no typographic
 * minus, so a report in rupees would print blanks. Inter covers Latin, €, £, ₹ and typographic
 * quotes and dashes (tests/unit/report-pdf.test.ts checks every character the content uses).
 *
 * Only the styles a document uses are fetched: react-pdf loads a face on first use.
 */
import { Font } from '@react-pdf/renderer';

export const FONT_FAMILY = 'Inter';

/** File names under public/fonts/ (copied from @expo-google-fonts/inter). */
export const FONT_FILES = {
  regular: 'Inter-Regular.ttf',
  italic: 'Inter-Italic.ttf',
  bold: 'Inter-Bold.ttf',
} as const;

let registeredFrom: string | null = null;

/**
 * Registers the font once. `base` ends in a slash: the site's `/fonts/` URL in the browser, or a
 * directory path in Node tests. Bold italic falls back to italic (react-pdf picks the nearest).
 */
export function registerReportFonts(base: string): void {
  if (registeredFrom === base) return;
  if (registeredFrom !== null) throw new Error(`Report fonts already registered from ${registeredFrom}`);
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: `${base}${FONT_FILES.regular}`, fontWeight: 400, fontStyle: 'normal' },
      { src: `${base}${FONT_FILES.italic}`, fontWeight: 400, fontStyle: 'italic' },
      { src: `${base}${FONT_FILES.bold}`, fontWeight: 700, fontStyle: 'normal' },
    ],
  });
  // Never split words: content is prose, and react-pdf's default English hyphenation breaks
  // product names and figures in odd places.
  Font.registerHyphenationCallback((word) => [word]);
  registeredFrom = base;
}
