import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collectStrings,
  facesNeeded,
  filterRanges,
  mapStrings,
  parseUnicodeRange,
  printableText,
  rangesCover,
  unprintableFields,
  type FaceCoverage,
} from '../../src/domain/script-coverage';
import { breakableParts, LONGEST_WHOLE_WORD, WORD_CHUNK } from '../../src/domain/word-breaks';

// Small stand-ins for the real faces: Latin, Arabic and a CJK slice.
const LATIN: FaceCoverage = { id: 'latin', ranges: parseUnicodeRange('U+0000-00FF,U+2000-206F') };
const ARABIC: FaceCoverage = { id: 'arabic', ranges: parseUnicodeRange('U+0600-06FF,U+200C-200E') };
const CJK: FaceCoverage = { id: 'cjk', ranges: parseUnicodeRange('U+3040-30FF,U+4E00-9FFF') };
const FACES = [LATIN, ARABIC, CJK];

describe('parseUnicodeRange', () => {
  it.each([
    ['U+0041', [[0x41, 0x41]]],
    [
      'U+0000-00FF,U+0131',
      [
        [0, 0xff],
        [0x131, 0x131],
      ],
    ],
    ['U+4??', [[0x400, 0x4ff]]],
    // Sorted and merged, whatever the order given.
    ['U+0100-01FF, U+0000-00FF, U+0150', [[0, 0x1ff]]],
    ['u+1f600-1f64f', [[0x1f600, 0x1f64f]]],
  ])('%s', (value, expected) => {
    expect(parseUnicodeRange(value)).toEqual(expected);
  });

  it.each(['0041', 'U+00FF-0000', 'U+4??-4FF', 'U+XYZ'])('rejects %s', (value) => {
    expect(() => parseUnicodeRange(value)).toThrow();
  });
});

describe('filterRanges', () => {
  const ranges = parseUnicodeRange('U+0000-00FF,U+0300-03FF');
  const other = parseUnicodeRange('U+0080-0340');
  it('keeps the overlap', () =>
    expect(filterRanges(ranges, other, true)).toEqual([
      [0x80, 0xff],
      [0x300, 0x340],
    ]));
  it('or removes it', () =>
    expect(filterRanges(ranges, other, false)).toEqual([
      [0, 0x7f],
      [0x341, 0x3ff],
    ]));
});

describe('printableText', () => {
  it.each([
    ['Acme Bank', 'Acme Bank'],
    ['Crème brûlée', 'Crème brûlée'],
    ['عميل البنك', 'عميل البنك'],
    ['日本語 ひらがな', '日本語 ひらがな'],
    ['Launch 😀 today', 'Launch [emoji] today'],
    // A run of emoji, a skin tone, a family (joined by ZWJ), a flag and a keycap: one placeholder each run.
    ['Go 👍🏽🎉!', 'Go [emoji]!'],
    ['Team 👨‍👩‍👧 and 🇯🇵 and 1️⃣', 'Team [emoji] and [emoji] and [emoji]'],
    // A text-presentation character with an emoji selector prints as the character.
    ['© 2026 ©️', '© 2026 ©'],
    // A script no face covers is not drawn as garbage.
    ['ทีม Thai team', '[?] Thai team'],
  ])('%s → %s', (text, expected) => {
    expect(printableText(text, FACES)).toBe(expected);
  });

  it('property: the result is printable by the faces, and printable text comes back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const printable = printableText(text, FACES);
        for (const ch of printable) expect(FACES.some((f) => rangesCover(f.ranges, ch.codePointAt(0)!))).toBe(true);
        expect(printableText(printable, FACES)).toBe(printable);
      }),
    );
  });
});

describe('facesNeeded', () => {
  it.each([
    [['Acme'], ['latin']],
    [
      ['Acme', 'عميل'],
      ['latin', 'arabic'],
    ],
    [['日本'], ['cjk']],
    [[''], []],
  ])('%j needs %j', (texts, expected) => {
    expect(facesNeeded(texts, FACES).map((f) => f.id)).toEqual(expected);
  });

  it('takes a character from the first face that covers it, so a later duplicate is never fetched', () => {
    const wideCjk: FaceCoverage = { id: 'cjk-with-latin', ranges: parseUnicodeRange('U+0000-00FF,U+4E00-9FFF') };
    expect(facesNeeded(['Acme 日本'], [LATIN, wideCjk]).map((f) => f.id)).toEqual(['latin', 'cjk-with-latin']);
    expect(facesNeeded(['Acme'], [LATIN, wideCjk]).map((f) => f.id)).toEqual(['latin']);
  });

  it('property: every code point of the text is covered by a needed face, or by none at all', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 5 }), (texts) => {
        const needed = facesNeeded(texts, FACES);
        for (const ch of texts.join('')) {
          const cp = ch.codePointAt(0)!;
          const coverable = FACES.some((f) => rangesCover(f.ranges, cp));
          expect(needed.some((f) => rangesCover(f.ranges, cp))).toBe(coverable);
        }
      }),
    );
  });
});

describe('unprintableFields', () => {
  it('names each field and what in it will not print', () => {
    expect(
      unprintableFields(
        [
          { field: 'Client label', text: '日本語クライアント 😀 عميل' },
          { field: 'Note on “Outcome metric”', text: 'Plain text' },
          { field: 'Note on “Stop condition”', text: 'ทีม 🎉' },
        ],
        FACES,
      ),
    ).toEqual([
      { field: 'Client label', kind: 'emoji', sample: '😀', printsAs: '[emoji]' },
      { field: 'Note on “Stop condition”', kind: 'script', sample: 'ที', printsAs: '[?]' },
      { field: 'Note on “Stop condition”', kind: 'emoji', sample: '🎉', printsAs: '[emoji]' },
    ]);
  });
});

describe('collectStrings and mapStrings', () => {
  const data = { a: 'x', b: [1, 'y', { c: 'z', d: null, e: true }], f: { g: 'w' } };
  it('collect every string in order', () => expect(collectStrings(data)).toEqual(['x', 'y', 'z', 'w']));
  it('map every string and keep everything else', () => {
    expect(mapStrings(data, (s) => s.toUpperCase())).toEqual({
      a: 'X',
      b: [1, 'Y', { c: 'Z', d: null, e: true }],
      f: { g: 'W' },
    });
  });
});

describe('breakableParts', () => {
  it.each([
    ['programme', ['programme']],
    ['a'.repeat(LONGEST_WHOLE_WORD), ['a'.repeat(LONGEST_WHOLE_WORD)]],
    ['https://example.com/a/long/path', ['https://ex', 'ample.com/', 'a/long/pat', 'h']],
  ])('%s → %j', (word, expected) => {
    expect(breakableParts(word)).toEqual(expected);
  });

  it('property: parts join back to the word, and no part of a long word is longer than a chunk', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (word) => {
        const parts = breakableParts(word);
        expect(parts.join('')).toBe(word);
        if (parts.length > 1) {
          for (const part of parts)
            expect([...new Intl.Segmenter().segment(part)].length).toBeLessThanOrEqual(WORD_CHUNK);
        }
      }),
    );
  });
});
