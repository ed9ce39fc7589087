/** Nouns with their plural forms, and counting with them. */

/** A noun's forms, chosen by count (English needs only these two; the shape follows CLDR). */
export interface PluralForms {
  one: string;
  other: string;
}

export const NOUNS = {
  workflow: { one: 'workflow', other: 'workflows' },
  agent: { one: 'agent', other: 'agents' },
  task: { one: 'task', other: 'tasks' },
  question: { one: 'question', other: 'questions' },
  answer: { one: 'answer', other: 'answers' },
  part: { one: 'part', other: 'parts' },
  note: { one: 'note', other: 'notes' },
  savedResult: { one: 'saved result', other: 'saved results' },
  result: { one: 'result', other: 'results' },
  newResult: { one: 'new result', other: 'new results' },
} as const satisfies Record<string, PluralForms>;

export type NounKey = keyof typeof NOUNS;

const wholeNumber = new Intl.NumberFormat('en-US');

/** The noun form for a count: pluralForm(1, 'agent') → "agent", pluralForm(2, 'agent') → "agents". */
export function pluralForm(count: number, noun: NounKey): string {
  const forms: PluralForms = NOUNS[noun];
  return count === 1 ? forms.one : forms.other;
}

/** A count with its noun: countOf(12345, 'task') → "12,345 tasks". */
export function countOf(count: number, noun: NounKey): string {
  return `${wholeNumber.format(count)} ${pluralForm(count, noun)}`;
}

/** A whole number with thousands separators: "12,345". */
export const formatCount = (n: number) => wholeNumber.format(n);
