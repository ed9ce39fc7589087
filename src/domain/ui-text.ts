/**
 * Words the screens and the PDF share: answer and gap labels, cost-line kinds and bases, nouns
 * with their plural forms, and the few fixed sentences more than one view shows. One table of
 * plain strings (no functions inside it), so it can move into a content file unchanged; the
 * helpers below only pick from it.
 *
 * Imported on server and client: plain data and two tiny functions.
 */

/** A noun's forms, chosen by count (English needs only these two; the shape follows CLDR). */
export interface PluralForms {
  one: string;
  other: string;
}

export const UI_TEXT = {
  answer: { yes: 'Yes', no: 'No', unsure: 'Not sure', unanswered: 'Not answered' },
  /** How a gap is labelled: "Not sure" is its own gap, whose first step is to find out. */
  gap: { no: 'No', unsure: 'Not sure — find out', unanswered: 'Not answered' },
  costKind: { build: 'Build', governance: 'Governance', run: 'Run' },
  costBasis: { reference: 'Reference range', volume: 'Your volume', override: 'Your quote', excluded: 'Left out' },
  nouns: {
    workflow: { one: 'workflow', other: 'workflows' },
    agent: { one: 'agent', other: 'agents' },
    task: { one: 'task', other: 'tasks' },
    question: { one: 'question', other: 'questions' },
    answer: { one: 'answer', other: 'answers' },
    part: { one: 'part', other: 'parts' },
    note: { one: 'note', other: 'notes' },
    savedResult: { one: 'saved result', other: 'saved results' },
  },
  noStallPoint: 'You answered Yes to every question: there is no stall point. Keep the evidence current.',
  stallIntro: 'The first question you could not answer Yes is where programmes like yours usually stall:',
  topStage: 'This is the top of the ladder: the work now is keeping every answer a Yes as systems and teams change.',
  noBuildShare: 'Nothing is in the plan, so there is no build share.',
  privacyNote: 'Generated in your browser — nothing was sent anywhere.',
  costNoteLabel: 'Year-one cost',
  sourceCredit:
    'Based on the article “Production AI vs pilot: the complete guide to shipping AI that survives” (Safemode, 23 April 2026). Figures from the article are shown as its figures; everything this product adds is labelled an assumption or our reading.',
} as const;

export type NounKey = keyof typeof UI_TEXT.nouns;

const wholeNumber = new Intl.NumberFormat('en-US');

/** The noun form for a count: pluralForm(1, 'agent') → "agent", pluralForm(2, 'agent') → "agents". */
export function pluralForm(count: number, noun: NounKey): string {
  const forms: PluralForms = UI_TEXT.nouns[noun];
  return count === 1 ? forms.one : forms.other;
}

/** A count with its noun: countOf(12345, 'task') → "12,345 tasks". */
export function countOf(count: number, noun: NounKey): string {
  return `${wholeNumber.format(count)} ${pluralForm(count, noun)}`;
}

/** "was" or "were", for sentences about a counted thing. */
export const wasWere = (count: number) => (count === 1 ? 'was' : 'were');

/** A whole number with thousands separators: "12,345". */
export const formatCount = (n: number) => wholeNumber.format(n);
