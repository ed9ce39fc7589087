import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overLimitMessage, remainingMessage, textLimitStatus } from '../../src/domain/text-limit';
import { loadPageText } from '../helpers/load-content';

// The words come from content/pages/assessment.md; these tests hold them to the English the site shows.
const limitText = loadPageText('assessment');

describe.each([
  { length: 0, remaining: null, over: null },
  { length: 1799, remaining: null, over: null },
  { length: 1800, remaining: 'You have 200 characters remaining', over: null },
  { length: 1999, remaining: 'You have 1 character remaining', over: null },
  { length: 2000, remaining: 'You have 0 characters remaining', over: null },
  {
    length: 2001,
    remaining: null,
    over: 'Notes on Outcome metric must be 2,000 characters or fewer. You have 1 character too many: shorten it to save it. Until then the saved version is the last one within the limit.',
  },
  {
    length: 3500,
    remaining: null,
    over: 'Notes on Outcome metric must be 2,000 characters or fewer. You have 1,500 characters too many: shorten it to save it. Until then the saved version is the last one within the limit.',
  },
])('a note of $length characters (limit 2,000)', ({ length, remaining, over }) => {
  const status = textLimitStatus('x'.repeat(length), 2000);

  it('says what is left, or by how much it is over', () => {
    expect(remainingMessage(status, limitText)).toBe(remaining);
    expect(overLimitMessage(status, 'Notes on Outcome metric', limitText)).toBe(over);
    expect(status.over).toBe(length > 2000);
  });
});

describe('textLimitStatus', () => {
  it('counts what the session schema counts (UTF-16 units), so a valid field always saves', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const status = textLimitStatus(text, max);
        expect(status.length).toBe(text.length);
        expect(status.over).toBe(text.length > max);
        expect(status.near || !status.over).toBe(true);
        // Exactly one message while near or over; none with plenty of room.
        const messages = [remainingMessage(status, limitText), overLimitMessage(status, 'Label', limitText)].filter(
          Boolean,
        );
        expect(messages).toHaveLength(status.near ? 1 : 0);
      }),
    );
  });

  it('applies to the 120-character label too', () => {
    expect(remainingMessage(textLimitStatus('x'.repeat(108), 120), limitText)).toBe('You have 12 characters remaining');
    expect(remainingMessage(textLimitStatus('x'.repeat(107), 120), limitText)).toBeNull();
  });
});
