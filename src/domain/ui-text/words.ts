/** Answer and gap labels and the diagnostic's fixed sentences. Plain strings only. */

export const ANSWER_TEXT = { yes: 'Yes', no: 'No', unsure: 'Not sure', unanswered: 'Not answered' } as const;

/** How a gap is labelled: "Not sure" is its own gap, whose first step is to find out. */
export const GAP_TEXT = { no: 'No', unsure: 'Not sure — find out', unanswered: 'Not answered' } as const;

export const DIAGNOSTIC_TEXT = {
  noStallPoint: 'You answered Yes to every question: there is no stall point. Keep the evidence current.',
  atTheTop: 'Staying at the top',
} as const;

/** Words the report's documents and decisions parts print on /report/ and in the PDF alike. */
export const REPORT_PART_TEXT = {
  notesLabel: 'Facilitator notes',
  nothingRuledOut: 'Rules nothing out.',
  recommendationPending: 'not finished yet',
} as const;
