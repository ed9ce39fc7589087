/**
 * The PDF engine's stand-ins (src/report/engine/) leave out only what the engine would never run.
 * The PDF tests lay every report out with them in place (vitest.config.ts); these check the two
 * conditions that make them safe, which no layout would show until they changed.
 */
import { expect, it } from 'vitest';
import { Font } from '@react-pdf/renderer';
import pickedByReactPdf from '@react-pdf/reconciler';
import reconcilerStandIn from '../../src/report/engine/react-19-reconciler';
import { breakableParts } from '../../src/domain/word-breaks';
import '../../src/report/fonts/register';

it('the reconciler stand-in is the build react-pdf itself picks for the React we ship', () => {
  expect(reconcilerStandIn).toBe(pickedByReactPdf);
});

it("the report's word breaker never calls react-pdf's English hyphenation", () => {
  const callback = Font.getHyphenationCallback() as ((word: string, builtIn: unknown) => string[]) | null;
  expect(callback, 'a hyphenation callback registered by src/report/fonts/register.ts').toBeTypeOf('function');
  const builtIn = () => {
    throw new Error('react-pdf’s built-in hyphenation was called');
  };
  const words = [
    'production',
    'Contoso-Global-Enterprise-AI-Transformation-Programme',
    'https://example.org/a/very/long/path/that/keeps/going/and/going/on',
    '日本語クライアントの長い名前がここに続きますとても長い',
  ];
  for (const word of words) expect(callback!(word, builtIn), word).toEqual(breakableParts(word));
});
