/** Answer and gap labels. Plain strings only (the diagnostic's sentences are content: assessment.md `text`). */

export const ANSWER_TEXT = { yes: 'Yes', no: 'No', unsure: 'Not sure', unanswered: 'Not answered' } as const;

/** How a gap is labelled: "Not sure" is its own gap, whose first step is to find out. */
export const GAP_TEXT = { no: 'No', unsure: 'Not sure — find out', unanswered: 'Not answered' } as const;
