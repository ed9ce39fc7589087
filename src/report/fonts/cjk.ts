/**
 * CJK fonts in the slices Google Fonts cuts them into (~100 files of ~40–90 KB each, by character
 * frequency), so a note in Chinese, Japanese or Korean fetches only the slices its characters are
 * in. Noto Sans SC prints ideographs (with Chinese glyph shapes, Japanese kanji included) and
 * kana; Noto Sans KR prints Hangul, which SC covers only in part. Loaded only when the report has
 * CJK characters.
 */
import scRanges from '@fontsource/noto-sans-sc/unicode.json';
import krRanges from '@fontsource/noto-sans-kr/unicode.json';
import { filterRanges, parseUnicodeRange } from '../../domain/script-coverage';
import type { PdfFace } from './catalogue';

const scFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);
const krFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-*-400-normal.woff',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);

const HANGUL = parseUnicodeRange('U+1100-11FF,U+3130-318F,U+A960-A97F,U+AC00-D7FF,U+FFA0-FFDC');

function slices(
  family: 'SC' | 'KR',
  ranges: Record<string, string>,
  files: Record<string, string>,
  hangul: boolean,
): PdfFace[] {
  const slug = `noto-sans-${family.toLowerCase()}`;
  return Object.entries(ranges).flatMap(([slice, value]) => {
    const index = /^\[(\d+)\]$/.exec(slice)?.[1];
    // Only the numbered slices are CJK; the packages' Latin subsets duplicate Inter's.
    if (index === undefined) return [];
    const covered = filterRanges(parseUnicodeRange(value), HANGUL, hangul);
    if (covered.length === 0) return [];
    const src = Object.entries(files).find(([path]) => path.endsWith(`/${slug}-${index}-400-normal.woff`))?.[1];
    if (!src) throw new Error(`${slug} slice ${index} is not bundled`);
    return [
      { id: `NotoSans${family}-${index}`, ranges: covered, files: [{ fontWeight: 400, fontStyle: 'normal', src }] },
    ];
  });
}

export const CJK_FACES: readonly PdfFace[] = [
  ...slices('SC', scRanges, scFiles, false),
  ...slices('KR', krRanges, krFiles, true),
];
