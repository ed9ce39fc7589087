/**
 * The two fontkit caches src/report/fonts/register.ts installs to make the PDF lay out faster:
 * a WOFF table is inflated once per font, and a run of text is shaped once per font. Each gives
 * back what fontkit itself gives (compared with a fresh font's first, uncached answer), and each
 * is really in place: a react-pdf or fontkit update that renamed what they patch would make these
 * fail rather than silently bring back the slow path.
 */
import { readFileSync } from 'node:fs';
import { Font } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { BASE_FACES } from '../../src/report/fonts/catalogue';
import { loadFaces, registerFaces } from '../../src/report/fonts/register';
import { fontFilePath } from '../helpers/render-pdf';

interface Stream {
  buffer: Uint8Array;
  pos: number;
}
interface GlyphRun {
  glyphs: { id: number }[];
  positions: { xAdvance: number; xOffset: number }[];
}
/** The part of fontkit's font object these tests read (fontkit ships no type declarations). */
interface FontkitFont {
  type: string;
  _getTableStream(tag: string): Stream | null;
  layout(text: string, features?: Record<string, boolean>): GlyphRun;
}
const fontkit = (await import('fontkit' as string)) as { create(data: Buffer): FontkitFont };

const inter = BASE_FACES[0]!;
const regular = inter.files.find((f) => f.fontWeight === 400 && f.fontStyle === 'normal')!;
const italic = inter.files.find((f) => f.fontStyle === 'italic')!;

async function loadedRegular(): Promise<FontkitFont> {
  registerFaces([inter], fontFilePath);
  await loadFaces([inter]);
  return Font.getFont({ fontFamily: inter.id, fontWeight: 400, fontStyle: 'normal' }).data as unknown as FontkitFont;
}

/** A font as react-pdf creates one it loads on its own during layout (the italic, say). */
const fresh = (src: string) => fontkit.create(readFileSync(fontFilePath(src)));

describe('a WOFF table', () => {
  it('is inflated once: every read gets its own stream at the start of the same bytes', async () => {
    const font = await loadedRegular();
    expect(font.type).toBe('WOFF');
    const first = font._getTableStream('glyf')!;
    first.pos += 100;
    const again = font._getTableStream('glyf')!;
    expect(again).not.toBe(first);
    expect(again.pos).toBe(0);
    expect(again.buffer).toBe(first.buffer);
    expect(again.buffer).toEqual(fresh(regular.src)._getTableStream('glyf')!.buffer);
  });

  it('is inflated once in a font react-pdf loads itself, too', async () => {
    await loadedRegular();
    const font = fresh(italic.src);
    expect(font._getTableStream('glyf')!.buffer).toBe(font._getTableStream('glyf')!.buffer);
  });
});

describe('a run of text', () => {
  const text = 'Year-one cost: $414,000 – $945,000 (AV, fi, Tö)';

  it('is shaped once per font and features, into the glyphs and positions fontkit gives', async () => {
    const font = await loadedRegular();
    const run = font.layout(text, { calt: false });
    expect(font.layout(text, { calt: false })).toBe(run);
    const uncached = fresh(regular.src).layout(text, { calt: false });
    expect(run.glyphs.map((g) => g.id)).toEqual(uncached.glyphs.map((g) => g.id));
    expect(run.positions.map((p) => [p.xAdvance, p.xOffset])).toEqual(
      uncached.positions.map((p) => [p.xAdvance, p.xOffset]),
    );
  });

  it('is shaped again for other features or another font', async () => {
    const font = await loadedRegular();
    expect(font.layout(text, { calt: true })).not.toBe(font.layout(text, { calt: false }));
    expect(fresh(regular.src).layout(text)).not.toBe(font.layout(text));
  });
});
