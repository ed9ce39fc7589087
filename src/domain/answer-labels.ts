/**
 * Answer and gap labels, picked from content's words (ANSWER_LABEL_TEXT, content/pages/assessment.md
 * `text`): no label is written here.
 */
import type { AnswerValue } from './content-types';
import type { AnswerLabelText } from '../schemas/page-wording';

/** An answer as every screen labels it: "Yes", "No", "Not sure", "Not answered". */
export function answerLabel(
  text: Omit<AnswerLabelText, 'gap-unsure'>,
  answer: AnswerValue | 'unanswered' | undefined,
): string {
  switch (answer ?? 'unanswered') {
    case 'yes':
      return text['answer-yes'];
    case 'no':
      return text['answer-no'];
    case 'unsure':
      return text['answer-unsure'];
    default:
      return text['answer-unanswered'];
  }
}

/** How a gap is labelled: "Not sure" is its own gap, whose first step is to find out. */
export function gapLabel(text: AnswerLabelText, answer: 'no' | 'unsure' | 'unanswered'): string {
  return answer === 'unsure' ? text['gap-unsure'] : answerLabel(text, answer);
}

/** Every answer's label by answer, for the screens that show them side by side. */
export function answerLabels(text: Omit<AnswerLabelText, 'gap-unsure'>): Record<AnswerValue | 'unanswered', string> {
  return {
    yes: text['answer-yes'],
    no: text['answer-no'],
    unsure: text['answer-unsure'],
    unanswered: text['answer-unanswered'],
  };
}
