import { describe, expect, it } from 'vitest';
import {
  deploymentStepSchema,
  emptyRubricForm,
  rubricFormSchema,
  rubricFormValues,
} from '../../src/domain/decision-forms';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { loadPageText } from '../helpers/load-content';

const { rubric, deployment } = loadDecisionsContent();
// The problems in the pages' words: agent-or-automation.md's, and decisions.md's select-answer.
const decisionsText = loadPageText('decisions');
const words = { ...loadPageText('agent-or-automation'), ...decisionsText };
const schema = rubricFormSchema(rubric, words);

const messages = (values: unknown) => {
  const result = schema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('use case form', () => {
  it('asks for a name and every answer, saying how to fix each', () => {
    expect(messages(emptyRubricForm(rubric))).toEqual([
      'name: Enter a name for the use case',
      'answers.path: Select an answer to “Is the path from input to output knowable in advance?”',
      'answers.distinct-paths: Select an answer to “How many distinct paths does the work take?”',
      'answers.exceptions: Select an answer to “How often does an exception need someone’s judgement?”',
      'answers.tool-calls: Select an answer to “Which tool calls does it need?”',
      'answers.variability: Select an answer to “How much variation in cost and response time per task can you accept?”',
      'answers.evaluation: Select an answer to “How will you evaluate its results?”',
    ]);
  });

  it('trims and accepts a complete answer', () => {
    const values = {
      name: '  Invoice matching ',
      description: '',
      answers: Object.fromEntries(rubric.questions.map((q) => [q.id, q.options[0]?.id])),
    };
    const result = schema.safeParse(values);
    expect(result.success && result.data.name).toBe('Invoice matching');
  });

  it('refuses an over-long name and an option the question does not have', () => {
    const values = {
      ...emptyRubricForm(rubric),
      name: 'x'.repeat(81),
      answers: { ...emptyRubricForm(rubric).answers, path: 'maybe' },
    };
    expect(messages(values).slice(0, 2)).toEqual([
      'name: Name must be 80 characters or fewer',
      'answers.path: Select an answer to “Is the path from input to output knowable in advance?”',
    ]);
  });

  it('words each problem from the page files: an edit there changes the message', () => {
    const edited = rubricFormSchema(rubric, {
      ...words,
      'name-empty': 'Geef de use case een naam',
      'name-too-long': 'Hoogstens {max} tekens',
      'select-answer': 'Kies een antwoord op “{question}”',
    });
    const issues = (values: unknown) => {
      const result = edited.safeParse(values);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(issues(emptyRubricForm(rubric)).slice(0, 2)).toEqual([
      'Geef de use case een naam',
      'Kies een antwoord op “Is the path from input to output knowable in advance?”',
    ]);
    expect(issues({ ...emptyRubricForm(rubric), name: 'x'.repeat(81) })[0]).toBe('Hoogstens 80 tekens');
  });

  it('starts a saved use case with its answers, and unknown ones unanswered', () => {
    const values = rubricFormValues(rubric, {
      name: 'A',
      description: 'B',
      answers: { path: 'runtime', exceptions: 'gone' },
    });
    expect(values.answers).toMatchObject({ path: 'runtime', exceptions: '' });
  });
});

describe('deployment step form', () => {
  it('asks for one of the step’s answers', () => {
    const step = deployment.steps[0];
    if (!step) throw new Error('no steps');
    const result = deploymentStepSchema(step, decisionsText).safeParse({ choice: null });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      'Select an answer to “What do regulation and your contracts require of where the data is processed?”',
    ]);
    expect(deploymentStepSchema(step, decisionsText).safeParse({ choice: 'none' }).success).toBe(true);
    const edited = deploymentStepSchema(step, { 'select-answer': 'Answer: {question}' }).safeParse({ choice: null });
    expect(edited.success ? [] : edited.error.issues.map((i) => i.message)).toEqual([
      'Answer: What do regulation and your contracts require of where the data is processed?',
    ]);
  });
});
