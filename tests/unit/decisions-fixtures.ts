/** Decisions state shared by the decision, report and snapshot tests (content from content/decisions/). */
import type { DecisionsState } from '../../src/domain/decisions-state';

/** Rubric answers that classify a use case as workflow automation: a path known in advance. */
export const AUTOMATION_ANSWERS = {
  path: 'known',
  'distinct-paths': 'one',
  exceptions: 'rarely',
  'tool-calls': 'fixed',
  variability: 'low',
  evaluation: 'expected-output',
};

/** One use case classified as automation, one not yet classified, and a finished deployment flow. */
export const sampleDecisions: DecisionsState = {
  useCases: [
    {
      id: 'uc-a',
      name: 'Invoice matching',
      description: 'Match invoices to orders',
      answers: AUTOMATION_ANSWERS,
      note: 'Finance owns it',
    },
    { id: 'uc-b', name: 'Research', description: '', answers: { path: 'runtime' }, note: '' },
  ],
  deployment: {
    answers: { regulatory: 'own-infrastructure', latency: 'batch', 'model-access': 'frontier', maturity: 'mature' },
    note: '',
  },
};
