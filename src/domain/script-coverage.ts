/**
 * Which fonts a text needs, and what no font can print. Pure functions over code points: the PDF
 * module uses them to fetch only the font files the report's text needs and to swap what cannot be
 * printed for a visible placeholder; the download button uses them to say, before download, which
 * field will not print as typed.
 *
 * A font face is described by the code points it covers, as a CSS `unicode-range` does. Faces are
 * tried in order and the first one that covers a code point prints it, so put the preferred face
 * (the document's own font) first.
 */
import { graphemes } from './word-breaks';

/** Inclusive code point range. */
export type CodePointRange = readonly [first: number, last: number];

export interface FaceCoverage {
  /** Stable name of the face (the PDF registers it as a font family of this name). */
  id: string;
  /** Sorted, non-overlapping ranges (as `parseUnicodeRange` returns them). */
  ranges: readonly CodePointRange[];
}

export type UnprintableKind = 'emoji' | 'script';

/** What a run of unprintable characters becomes in the PDF: visible and honest, never garbage. */
export const UNPRINTABLE_PLACEHOLDER: Record<UnprintableKind, string> = {
  emoji: '[emoji]',
  script: '[?]',
};

/**
 * Parses a CSS unicode-range list ("U+0000-00FF,U+0131,U+4??") into sorted, merged ranges.
 * Throws on anything else: the ranges come from font packages we ship, not from users.
 */
export function parseUnicodeRange(value: string): CodePointRange[] {
  const ranges: [number, number][] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const match = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
    if (!match) throw new Error(`Not a unicode-range item: "${part}"`);
    const [, first = '', last] = match;
    if (first.includes('?')) {
      if (last) throw new Error(`Not a unicode-range item: "${part}"`);
      ranges.push([parseInt(first.replaceAll('?', '0'), 16), parseInt(first.replaceAll('?', 'f'), 16)]);
    } else {
      const lo = parseInt(first, 16);
      const hi = last ? parseInt(last, 16) : lo;
      if (hi < lo) throw new Error(`Empty unicode-range item: "${part}"`);
      ranges.push([lo, hi]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Whether sorted ranges contain the code point (binary search). */
export function rangesCover(ranges: readonly CodePointRange[], codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid]!;
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The code points in `ranges` that are also in (`keep` true) or not in (`keep` false) `other`. */
export function filterRanges(
  ranges: readonly CodePointRange[],
  other: readonly CodePointRange[],
  keep: boolean,
): CodePointRange[] {
  const out: [number, number][] = [];
  for (const [first, last] of ranges) {
    let start = first;
    for (const [oFirst, oLast] of other) {
      if (oLast < start || oFirst > last) continue;
      if (!keep && oFirst > start) out.push([start, oFirst - 1]);
      if (keep) out.push([Math.max(start, oFirst), Math.min(last, oLast)]);
      start = oLast + 1;
      if (start > last) break;
    }
    if (!keep && start <= last) out.push([start, last]);
  }
  return out;
}

/** Index of the first face that covers the code point, or -1. */
function faceIndexOf(faces: readonly FaceCoverage[], codePoint: number): number {
  return faces.findIndex((face) => rangesCover(face.ranges, codePoint));
}

// Variation selectors only pick a presentation (text or emoji) of the character before them; a PDF
// font draws its one presentation, so they are dropped rather than drawn as a missing glyph.
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

function isCovered(faces: readonly FaceCoverage[], text: string): boolean {
  for (const ch of text) if (faceIndexOf(faces, ch.codePointAt(0)!) < 0) return false;
  return true;
}

interface Piece {
  text: string;
  unprintable: UnprintableKind | null;
}

/** Splits text into printable text and unprintable characters (whole graphemes: "👍🏽" is one). */
function pieces(faces: readonly FaceCoverage[], text: string): Piece[] {
  const out: Piece[] = [];
  for (const segment of graphemes(text)) {
    const bare = segment.replace(VARIATION_SELECTOR, '');
    const unprintable: UnprintableKind | null =
      bare && isCovered(faces, bare) ? null : EMOJI.test(segment) ? 'emoji' : bare ? 'script' : null;
    out.push({ text: unprintable ? segment : bare, unprintable });
  }
  return out;
}

/**
 * The text as the PDF can print it with these faces: each run of emoji becomes "[emoji]", each run
 * of characters no face covers "[?]", and variation selectors are dropped. Text every face prints
 * comes back unchanged (the same string).
 */
export function printableText(text: string, faces: readonly FaceCoverage[]): string {
  if (isCovered(faces, text)) return text;
  let out = '';
  let previous: UnprintableKind | null = null;
  for (const piece of pieces(faces, text)) {
    if (piece.unprintable === null) out += piece.text;
    else if (piece.unprintable !== previous) out += UNPRINTABLE_PLACEHOLDER[piece.unprintable];
    previous = piece.unprintable;
  }
  return out;
}

/**
 * The faces the texts need, in the order given: a face is needed when it is the first to cover a
 * code point of the text. Faces no text needs are left out, so their files are never fetched.
 */
export function facesNeeded<F extends FaceCoverage>(texts: Iterable<string>, faces: readonly F[]): F[] {
  const needed = new Set<number>();
  for (const text of texts) {
    for (const ch of text) {
      const index = faceIndexOf(faces, ch.codePointAt(0)!);
      if (index >= 0) needed.add(index);
    }
  }
  return faces.filter((_, index) => needed.has(index));
}

export interface FieldText {
  /** What the user calls the field: "Client label", "Note on: Production owner". */
  field: string;
  text: string;
}

export interface UnprintableField {
  field: string;
  kind: UnprintableKind;
  /** The first characters that will not print, as typed. */
  sample: string;
  /** What the PDF prints in their place. */
  printsAs: string;
}

/** Every field with text the faces cannot print, one entry per field and kind, in field order. */
export function unprintableFields(fields: readonly FieldText[], faces: readonly FaceCoverage[]): UnprintableField[] {
  const found: UnprintableField[] = [];
  for (const { field, text } of fields) {
    if (isCovered(faces, text.replace(VARIATION_SELECTOR, ''))) continue;
    const seen = new Set<UnprintableKind>();
    for (const piece of pieces(faces, text)) {
      if (piece.unprintable && !seen.has(piece.unprintable)) {
        seen.add(piece.unprintable);
        found.push({
          field,
          kind: piece.unprintable,
          sample: piece.text,
          printsAs: UNPRINTABLE_PLACEHOLDER[piece.unprintable],
        });
      }
    }
  }
  return found;
}

/** Every string in plain data (objects, arrays), depth first. */
export function collectStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) collectStrings(item, into);
  return into;
}

/** A copy of plain data with every string passed through `map` (keys are kept as they are). */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)])) as T;
  }
  return value;
}
