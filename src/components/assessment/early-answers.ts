/**
 * Keeps an answer given before the diagnostic's island has hydrated. The server renders the first
 * question as native radios, which can be clicked as soon as they are painted; React (most of the
 * page's JavaScript) arrives and hydrates later. /assessment/ loads this small module on its own,
 * so such an answer is saved at once, through the same store the island uses (merging under what
 * is stored, validation, the two-tab rules): when the island hydrates, the answer is already there.
 *
 * The question ids come from the page (`data-question-ids`): the store validates answers against
 * them, and without the full list a stored answer to a later question would be dropped.
 */
import { answerOf, isAnswerValue } from '../../domain/answers';
import { $assessment, answerQuestion, loadAssessment } from '../../stores/assessment';

export function keepEarlyAnswers(root: Document): void {
  const ids = root.querySelector<HTMLElement>('[data-question-ids]')?.dataset.questionIds?.split(' ') ?? [];
  if (ids.length === 0) return;
  const keep = (target: EventTarget | null) => {
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio' || !target.checked) return;
    const questionId = target.name.replace(/^answer-/, '');
    const value = target.value;
    if (!ids.includes(questionId) || !isAnswerValue(value)) return;
    if (answerOf($assessment.get().answers, questionId) === value) return;
    loadAssessment(ids);
    answerQuestion(questionId, value);
  };
  const onChange = (event: Event) => {
    // Once the island is ready it answers by itself.
    if (root.querySelector('[data-ready]')) {
      root.removeEventListener('change', onChange, true);
      return;
    }
    keep(event.target);
  };
  // A click before this module ran (it runs once the page is parsed) is on screen already.
  for (const input of root.querySelectorAll('input[type="radio"]:checked')) keep(input);
  // Capturing, at the document: while the island waits for its code, React stops the change
  // from going further than the island (to replay it once hydrated), so a listener below would
  // never hear it.
  root.addEventListener('change', onChange, true);
}
