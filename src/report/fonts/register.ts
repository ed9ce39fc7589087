/**
 * Registers the planned faces with react-pdf, each once, as a font family named by its id; the
 * document's font-family is the list of ids, and react-pdf takes each character from the first
 * family that has it. react-pdf fetches a family's file when a text first uses it.
 */
import { Font } from '@react-pdf/renderer';
import { breakableParts } from '../../domain/word-breaks';
import type { PdfFace } from './catalogue';

const registered = new Set<string>();

// Long words and URLs may wrap between chunks (react-pdf marks such a break with a hyphen); every
// other word stays whole, rather than react-pdf's English hyphenation breaking names and figures.
Font.registerHyphenationCallback(breakableParts);

/**
 * `resolve` turns a face's site-relative file URL into what react-pdf fetches: an absolute URL in
 * the browser, a file path in Node tests.
 */
export function registerFaces(faces: readonly PdfFace[], resolve: (src: string) => string): string[] {
  for (const face of faces) {
    if (registered.has(face.id)) continue;
    Font.register({
      family: face.id,
      fonts: face.files.map(({ src, fontWeight, fontStyle }) => ({ src: resolve(src), fontWeight, fontStyle })),
    });
    registered.add(face.id);
  }
  return faces.map((face) => face.id);
}

const HYPHEN = 0x2d;
const SPACE = 0x20;
const hyphenless = new WeakSet<object>();

/**
 * Fetches and parses the faces' upright files (regular and bold) ahead of the layout, and makes
 * fonts without a hyphen draw react-pdf's line-break hyphen as a space. react-pdf marks a break
 * inside a word with a hyphen from the font of the text before it; our subset and CJK fonts have
 * none, so a break between two CJK characters from different slices (or inside "Łódź", between
 * Inter's Latin and Latin Extended files) would print a missing-glyph box. A break there now shows
 * no mark, which is right for CJK. Real hyphens in the text are unaffected: they are always drawn
 * by the first font that has the glyph.
 */
export async function loadFaces(faces: readonly PdfFace[]): Promise<void> {
  await Promise.all(
    faces.flatMap((face) =>
      face.files
        .filter((file) => file.fontStyle === 'normal')
        .map(async ({ fontWeight, fontStyle }) => {
          const source = Font.getFont({ fontFamily: face.id, fontWeight, fontStyle });
          await source.load();
          const font = source.data;
          if (!font || hyphenless.has(font) || font.hasGlyphForCodePoint(HYPHEN)) return;
          hyphenless.add(font);
          const glyphFor = font.glyphForCodePoint.bind(font);
          font.glyphForCodePoint = (codePoint: number) => glyphFor(codePoint === HYPHEN ? SPACE : codePoint);
        }),
    ),
  );
}
