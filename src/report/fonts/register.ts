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
 * A font file's address on this site, for `registerFaces` in the browser (`location` is the PDF
 * worker's, on the site's origin).
 */
export function siteFontUrl(src: string): string {
  return new URL(src, globalThis.location.origin).href;
}

/**
 * `resolve` turns a face's site-relative file URL into what react-pdf fetches: an absolute URL in
 * the browser (siteFontUrl), a file path in Node tests.
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

/** A table's bytes as fontkit reads them (restructure's DecodeStream). */
interface TableStream {
  buffer: Uint8Array;
  constructor: new (buffer: Uint8Array) => TableStream;
}

/** The part of fontkit's font object used here (fontkit ships no type declarations). */
interface FontkitFont {
  type: string;
  stream: TableStream;
  layout(text: unknown, ...options: unknown[]): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): unknown;
  _getTableStream(tag: string): TableStream | null;
}

const inflated = new WeakMap<FontkitFont, Map<string, TableStream>>();
const patchedClasses = new WeakSet<object>();

/**
 * Makes fontkit inflate each table of a WOFF file once per font instead of at every read. Its WOFF
 * class decompresses a table whenever it is read, and its glyph decoder and subsetter both read
 * the whole `glyf` table again for every glyph they handle: embedding a report's ~150 glyphs
 * inflated the table some 300 times per render, a quarter to a third of its CPU time. Patched on the class, so
 * faces react-pdf loads during layout (the italic) are covered too. Each read still gets a stream
 * of its own at position 0 (callers move it), over the same bytes (callers copy what they take).
 */
function inflateTablesOnce(font: FontkitFont): void {
  const woff = Object.getPrototypeOf(font) as FontkitFont;
  if (font.type !== 'WOFF' || patchedClasses.has(woff)) return;
  patchedClasses.add(woff);
  const read = woff._getTableStream;
  woff._getTableStream = function (this: FontkitFont, tag: string) {
    const kept = inflated.get(this)?.get(tag);
    if (kept) return new kept.constructor(kept.buffer);
    const stream = read.call(this, tag);
    // An uncompressed table is read straight from the file's own stream: nothing to keep.
    if (stream && stream !== this.stream) {
      if (!inflated.has(this)) inflated.set(this, new Map());
      inflated.get(this)!.set(tag, stream);
    }
    return stream;
  };
}

const shaped = new WeakMap<FontkitFont, Map<string, unknown>>();
/** Shaped runs kept per font; more than any report has distinct runs, so the cache never grows unbounded. */
const KEEP_SHAPED = 4000;
let shapingKept = false;

/**
 * Makes fontkit shape a run of text once per font: a repeated run gets the same glyphs and
 * positions as the first time without going through the OpenType lookups again. Re-rendering a
 * report after a change lays out the same runs as before but for the figures that changed, and
 * shaping was a fifth of a render's CPU time. Safe to share: react-pdf's text engine copies the
 * positions it scales and never changes a glyph run. Patched on the class all fontkit fonts share.
 */
function keepShapedRuns(font: FontkitFont): void {
  if (shapingKept) return;
  let owner = Object.getPrototypeOf(font) as FontkitFont | null;
  while (owner && !Object.hasOwn(owner, 'layout')) owner = Object.getPrototypeOf(owner) as FontkitFont | null;
  if (!owner) return;
  shapingKept = true;
  const layout = owner.layout;
  owner.layout = function (this: FontkitFont, text: unknown, ...options: unknown[]) {
    if (typeof text !== 'string') return layout.call(this, text, ...options);
    const key = JSON.stringify([text, ...options]);
    let runs = shaped.get(this);
    if (!runs) shaped.set(this, (runs = new Map()));
    let run = runs.get(key);
    if (run === undefined) {
      if (runs.size >= KEEP_SHAPED) runs.clear();
      run = layout.call(this, text, ...options);
      runs.set(key, run);
    }
    return run;
  };
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
          const font = source.data as FontkitFont | null;
          if (font) {
            inflateTablesOnce(font);
            keepShapedRuns(font);
          }
          if (!font || hyphenless.has(font) || font.hasGlyphForCodePoint(HYPHEN)) return;
          hyphenless.add(font);
          const glyphFor = font.glyphForCodePoint.bind(font);
          font.glyphForCodePoint = (codePoint: number) => glyphFor(codePoint === HYPHEN ? SPACE : codePoint);
        }),
    ),
  );
}
