/**
 * What the decide pages' forms accept, as zod/mini schemas over the raw form values, with
 * GOV.UK-style messages that say how to fix each field.
 *
 * Imported by the decide islands' lazy chunks: zod/mini only, keep it light.
 */
import * as z from 'zod/mini';
import type { Id } from './content-types';
import type { DeploymentStep, RubricContent } from './decision-content';
import { MAX_USE_CASE_DESCRIPTION_LENGTH, MAX_USE_CASE_NAME_LENGTH } from './decisions-state';

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

export function rubricFormSchema(rubric: RubricContent) {
  return z.object({
    name: text([
      [(s) => s.length > 0, 'Enter a name for the use case'],
      [(s) => s.length <= MAX_USE_CASE_NAME_LENGTH, `Name must be ${MAX_USE_CASE_NAME_LENGTH} characters or fewer`],
      [(s) => !CONTROL.test(s), 'Name must be plain text'],
    ]),
    description: text([
      [
        (s) => s.length <= MAX_USE_CASE_DESCRIPTION_LENGTH,
        `Description must be ${MAX_USE_CASE_DESCRIPTION_LENGTH} characters or fewer`,
      ],
      [(s) => !CONTROL.test(s), 'Description must be plain text'],
    ]),
    answers: z.object(
      Object.fromEntries(
        rubric.questions.map((q) => [
          q.id,
          answerTo(
            q.options.map((o) => o.id),
            `Select an answer to “${q.question}”`,
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

export function deploymentStepSchema(step: DeploymentStep) {
  return z.object({
    choice: answerTo(
      step.choices.map((c) => c.id),
      `Select an answer to “${step.question}”`,
    ),
  });
}
