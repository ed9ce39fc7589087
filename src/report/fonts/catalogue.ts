/**
 * Every font face the PDF can use, with the code points each covers and its files. Fonts come from
 * @fontsource packages (SIL Open Font License; the licences are served from public/fonts/),
 * bundled by Vite as hashed files of our own origin; a face's files are fetched only when the
 * report's text needs that face (see plan.ts).
 *
 * - Inter, split the way Google Fonts splits it (Latin first, then Latin Extended, Vietnamese,
 *   Cyrillic and Greek): a Latin-only report fetches only the Latin part, ~31 KB per style.
 * - Noto Sans Devanagari, Arabic and Hebrew: one regular file each (bold text in these scripts
 *   prints in the regular weight).
 * - Noto Sans SC for Chinese, Japanese kana and Korean Hangul, in ~100 slices by character
 *   frequency (cjk.ts); its slice list is itself loaded only when the text has CJK characters.
 *
 * WOFF, not WOFF2: react-pdf 4.9's font engine (fontkit) fails on WOFF2 files in practice
 * ("Unknown font format" once decompressed), and WOFF is only ~25 % larger.
 */
import interRanges from '@fontsource/inter/unicode.json';
import devanagariRanges from '@fontsource/noto-sans-devanagari/unicode.json';
import arabicRanges from '@fontsource/noto-sans-arabic/unicode.json';
import hebrewRanges from '@fontsource/noto-sans-hebrew/unicode.json';
import { parseUnicodeRange, type CodePointRange, type FaceCoverage } from '../../domain/script-coverage';

export interface FontFile {
  fontWeight: 400 | 700;
  fontStyle: 'normal' | 'italic';
  /** Site-relative URL of the .woff file. */
  src: string;
}

export interface PdfFace extends FaceCoverage {
  files: FontFile[];
}

const interFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/inter/files/inter-*-{400-normal,700-normal,400-italic}.woff',
  { query: '?url', import: 'default', eager: true },
);
const notoFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-{devanagari,arabic,hebrew}/files/*-{devanagari,arabic,hebrew}-400-normal.woff',
  { query: '?url', import: 'default', eager: true },
);

function file(files: Record<string, string>, name: string): string {
  const found = Object.entries(files).find(([path]) => path.endsWith(`/${name}`));
  if (!found) throw new Error(`Font file ${name} is not bundled`);
  return found[1];
}

function interFace(subset: keyof typeof interRanges): PdfFace {
  const name = (variant: string) => file(interFiles, `inter-${subset}-${variant}.woff`);
  return {
    id: subset === 'latin' ? DOCUMENT_FONT : `${DOCUMENT_FONT}-${subset}`,
    ranges: parseUnicodeRange(interRanges[subset]),
    files: [
      { fontWeight: 400, fontStyle: 'normal', src: name('400-normal') },
      { fontWeight: 700, fontStyle: 'normal', src: name('700-normal') },
      { fontWeight: 400, fontStyle: 'italic', src: name('400-italic') },
    ],
  };
}

function notoFace(family: string, ranges: string): PdfFace {
  const slug = family.toLowerCase().replaceAll(' ', '-');
  const script = slug.replace('noto-sans-', '');
  return {
    id: family.replaceAll(' ', ''),
    ranges: parseUnicodeRange(ranges),
    files: [{ fontWeight: 400, fontStyle: 'normal', src: file(notoFiles, `${slug}-${script}-400-normal.woff`) }],
  };
}

/** The family the document is set in; the other faces only fill in what it lacks. */
export const DOCUMENT_FONT = 'Inter';

/** The document's own font first: it prints every character it covers. */
export const BASE_FACES: readonly PdfFace[] = [
  interFace('latin'),
  interFace('latin-ext'),
  interFace('vietnamese'),
  interFace('cyrillic'),
  interFace('cyrillic-ext'),
  interFace('greek'),
  interFace('greek-ext'),
  notoFace('Noto Sans Devanagari', devanagariRanges.devanagari),
  notoFace('Noto Sans Arabic', arabicRanges.arabic),
  notoFace('Noto Sans Hebrew', hebrewRanges.hebrew),
];

/**
 * Where CJK characters live (CJK punctuation, kana, Hangul, unified ideographs and their
 * compatibility forms, full-width forms): a text with none of these never loads the CJK list.
 */
export const CJK_BLOCKS: readonly CodePointRange[] = parseUnicodeRange(
  'U+1100-11FF,U+2E80-2FDF,U+3000-33FF,U+3400-4DBF,U+4E00-9FFF,U+A960-A97F,U+AC00-D7FF,U+F900-FAFF,U+FE30-FE4F,U+FF00-FFEF,U+20000-3134F',
);
