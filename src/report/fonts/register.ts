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

/** Fetches and parses the faces' regular and bold files ahead of a render (used by the prefetch). */
export async function loadFaces(faces: readonly PdfFace[]): Promise<void> {
  await Promise.all(
    faces.flatMap((face) =>
      face.files
        .filter((f) => f.fontStyle === 'normal')
        .map((f) => Font.load({ fontFamily: face.id, fontWeight: f.fontWeight, fontStyle: f.fontStyle })),
    ),
  );
}
