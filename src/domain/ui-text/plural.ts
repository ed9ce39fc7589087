/** Nouns with their plural forms, and counting with them. */

/** A noun's forms, chosen by count (English needs only these two; the shape follows CLDR). */
export interface PluralForms {
  one: string;
  other: string;
}

/** Only the import messages (src/domain/import-plan.ts) still count with these; the rest count in their pages' words. */
export const NOUNS = {
  note: { one: 'note', other: 'notes' },
  savedResult: { one: 'saved result', other: 'saved results' },
  result: { one: 'result', other: 'results' },
  newResult: { one: 'new result', other: 'new results' },
} as const satisfies Record<string, PluralForms>;

export type NounKey = keyof typeof NOUNS;

const wholeNumber = new Intl.NumberFormat('en-US');

/** The noun form for a count: pluralForm(1, 'note') → "note", pluralForm(2, 'note') → "notes". */
export function pluralForm(count: number, noun: NounKey): string {
  const forms: PluralForms = NOUNS[noun];
  return count === 1 ? forms.one : forms.other;
}

/** A count with its noun: countOf(12345, 'result') → "12,345 results". */
export function countOf(count: number, noun: NounKey): string {
  return `${wholeNumber.format(count)} ${pluralForm(count, noun)}`;
}

/** A whole number with thousands separators: "12,345". */
export const formatCount = (n: number) => wholeNumber.format(n);
