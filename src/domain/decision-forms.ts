/**
 * What the decide pages' forms accept, as zod/mini schemas over the raw form values, with
 * GOV.UK-style messages that say how to fix each field, in the pages' words:
 * agent-or-automation.md's for the use case's name and description, decisions.md's
 * `select-answer` for an unanswered question of either decision.
 *
 * Imported by the decide islands' lazy chunks: zod/mini only, keep it light.
 */
import * as z from 'zod/mini';
import type { Id } from './content-types';
import type { DeploymentStep, RubricContent } from './decision-content';
import { MAX_USE_CASE_DESCRIPTION_LENGTH, MAX_USE_CASE_NAME_LENGTH } from './decisions-state';
import { fillSlots } from './fill-slots';
import type { IslandText } from '../schemas/page-wording';

/** An unanswered question's problem, from content/pages/decisions.md. */
export type AnswerProblemText = Pick<IslandText<'decisions'>, 'select-answer'>;

/** The use case form's problems, from content/pages/agent-or-automation.md, and an unanswered question's. */
export type UseCaseProblemText = Pick<
  IslandText<'agent-or-automation'>,
  'name-empty' | 'name-too-long' | 'name-plain' | 'description-too-long' | 'description-plain'
> &
  AnswerProblemText;

export interface UseCaseFormValues {
  name: string;
  description: string;
  /** Question id → option id, '' while unanswered. */
  answers: Record<Id, string>;
}

export interface UseCaseFormResult {
  name: string;
  description: string;
  answers: Record<Id, Id>;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/**
 * A trimmed text field: the first message whose test fails is the field's error. Written with
 * pipe and transform (not refine): zod/mini is shared by every island's initial chunk, and each
 * zod feature used anywhere grows it for all of them.
 */
const text = (rules: readonly [(value: string) => boolean, string][]) =>
  z.pipe(
    z.string(),
    z.transform((raw, ctx) => {
      const value = raw.trim();
      const broken = rules.find(([ok]) => !ok(value));
      if (broken) ctx.issues.push({ code: 'custom', message: broken[1], input: raw });
      return value;
    }),
  );

/** A radio group's value: one of `ids`; unanswered radios read as null or ''. */
const answerTo = (ids: readonly string[], message: string) =>
  z.pipe(
    z.unknown(),
    z.transform((value, ctx): string => {
      if (typeof value === 'string' && ids.includes(value)) return value;
      ctx.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    }),
  );

export function rubricFormSchema(rubric: RubricContent, words: UseCaseProblemText) {
  return z.object({
    name: text([
      [(s) => s.length > 0, words['name-empty']],
      [
        (s) => s.length <= MAX_USE_CASE_NAME_LENGTH,
        fillSlots(words['name-too-long'], { max: MAX_USE_CASE_NAME_LENGTH }),
      ],
      [(s) => !CONTROL.test(s), words['name-plain']],
    ]),
    description: text([
      [
        (s) => s.length <= MAX_USE_CASE_DESCRIPTION_LENGTH,
        fillSlots(words['description-too-long'], { max: MAX_USE_CASE_DESCRIPTION_LENGTH }),
      ],
      [(s) => !CONTROL.test(s), words['description-plain']],
    ]),
    answers: z.object(
      Object.fromEntries(
        rubric.questions.map((q) => [
          q.id,
          answerTo(
            q.options.map((o) => o.id),
            fillSlots(words['select-answer'], { question: q.question }),
          ),
        ]),
      ),
    ),
  });
}

export function emptyRubricForm(rubric: RubricContent): UseCaseFormValues {
  return { name: '', description: '', answers: Object.fromEntries(rubric.questions.map((q) => [q.id, ''])) };
}

/** The form's values for a saved use case; answers the content no longer has start unanswered. */
export function rubricFormValues(
  rubric: RubricContent,
  useCase: { name: string; description: string; answers: Readonly<Record<Id, Id>> },
): UseCaseFormValues {
  const answers = Object.fromEntries(
    rubric.questions.map((q) => {
      const chosen = Object.hasOwn(useCase.answers, q.id) ? useCase.answers[q.id] : undefined;
      return [q.id, q.options.some((o) => o.id === chosen) ? (chosen as string) : ''];
    }),
  );
  return { name: useCase.name, description: useCase.description, answers };
}

export function deploymentStepSchema(step: DeploymentStep, words: AnswerProblemText) {
  return z.object({
    choice: answerTo(
      step.choices.map((c) => c.id),
      fillSlots(words['select-answer'], { question: step.question }),
    ),
  });
}
