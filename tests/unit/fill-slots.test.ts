import { describe, expect, it } from 'vitest';
import { counted, fillSlotParts, fillSlots, pluralKey } from '../../src/domain/fill-slots';

describe('fillSlots', () => {
  it('fills each named slot, wherever it is and however often', () => {
    expect(fillSlots('Your plan: {stage}', { stage: 'Selective production' })).toBe('Your plan: Selective production');
    expect(fillSlots('{count} of {total}', { count: 6, total: 10 })).toBe('6 of 10');
    expect(fillSlots('{stage}, then {stage}', { stage: 'A' })).toBe('A, then A');
  });

  it('prints numbers with thousands separators', () => {
    expect(fillSlots('{count} tasks', { count: 12345 })).toBe('12,345 tasks');
  });

  it('leaves text without slots, and a slot with no value, as written', () => {
    expect(fillSlots('Review answers', { stage: 'A' })).toBe('Review answers');
    expect(fillSlots('Results: {stage}', {})).toBe('Results: {stage}');
    // Only own values count, not what an object inherits.
    expect(fillSlots('{constructor}', {})).toBe('{constructor}');
    expect(fillSlots('{a} and {b} and {constructor}', { a: '1' })).toBe('1 and {b} and {constructor}');
  });

  it('does not read a filled value as a template', () => {
    expect(fillSlots('{a} and {b}', { a: '{b}', b: 'x' })).toBe('{b} and x');
  });

  it('fills an empty value and keeps braces that are not a slot', () => {
    expect(fillSlots('[{stage}]', { stage: '' })).toBe('[]');
    expect(fillSlots('{ stage } {Stage} {}', { stage: 'A' })).toBe('{ stage } {Stage} {}');
  });
});

describe('fillSlotParts', () => {
  const link = { element: 'a' };
  it('keeps a value that is not text as its own part, between the text around it', () => {
    expect(fillSlotParts('Finish the {link} and save it.', { link })).toEqual(['Finish the ', link, ' and save it.']);
    expect(fillSlotParts('{link}', { link })).toEqual([link]);
    expect(fillSlotParts('{link}, then {link}', { link })).toEqual([link, ', then ', link]);
  });

  it('fills text and numbers into the text around them, as fillSlots does', () => {
    expect(fillSlotParts('{count} of {total}: {link}', { count: 1234, total: 'all', link })).toEqual([
      '1,234 of all: ',
      link,
    ]);
    expect(fillSlotParts('No slots here', { link })).toEqual(['No slots here']);
    expect(fillSlotParts('Left {as-is}', { link })).toEqual(['Left {as-is}']);
  });
});

describe('counted phrases', () => {
  const text = { 'notes-one': '{count} note', 'notes-many': '{count} notes' };

  it('take the -one phrase for one and the -many phrase for any other number', () => {
    expect([0, 1, 2].map((n) => pluralKey('notes', n))).toEqual(['notes-many', 'notes-one', 'notes-many']);
    expect([0, 1, 12_345].map((n) => counted(text, 'notes', n))).toEqual(['0 notes', '1 note', '12,345 notes']);
  });
});
