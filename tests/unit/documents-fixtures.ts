/** Small, fixed content for the document domain tests (independent of content/). */
import type { Invariant, PartnerCommitment, ReadinessElement, ScorecardContent } from '../../src/domain/document-types';
import type { DefinitionContent } from '../../src/domain/readiness-definition';
import type { DocumentsReportContent } from '../../src/domain/documents-report';
import type { DocumentsState } from '../../src/domain/documents-section';
import { initialDefinition } from '../../src/domain/readiness-definition';
import { EMPTY_SCORECARD } from '../../src/domain/scorecard';
import { loadDocumentsReportText } from '../helpers/load-content';

export const invariants: Invariant[] = [
  { id: 'one-question', order: 1, title: 'One', summary: 's', done: ['d'], doneIsOurReading: false, questions: ['q1'] },
  {
    id: 'two-questions',
    order: 2,
    title: 'Two',
    summary: 's',
    done: ['d'],
    doneIsOurReading: false,
    questions: ['q1', 'q2'],
  },
  { id: 'other', order: 3, title: 'Other', summary: 's', done: ['d'], doneIsOurReading: true, questions: ['q3'] },
];

const element = (id: string, order: number): ReadinessElement => ({
  id,
  order,
  label: `Element ${id}`,
  defaultTarget: `Default target ${id}`,
  targetIsOurReading: false,
  defaultOwner: `Owner ${id}`,
  evidenceHint: 'hint',
});

export const definitionContent: DefinitionContent = {
  elements: [element('a', 1), element('b', 2), element('c', 3)],
  document: {
    title: 'Definition',
    intro: 'Intro',
    signOffRoles: [
      { id: 'engineering', label: 'Engineering' },
      { id: 'business-sponsor', label: 'Business sponsor' },
    ],
  },
};

export const scorecardContent: ScorecardContent = {
  title: 'Scorecard',
  intro: 'Intro',
  cadences: ['Weekly', 'Monthly'],
  signOffRoles: [
    { id: 'programme-sponsor', label: 'Programme sponsor' },
    { id: 'finance-partner', label: 'Finance partner' },
  ],
};

export const commitments: PartnerCommitment[] = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id, i) => ({
  id,
  order: i + 1,
  commitment: `Commitment ${id}.`,
  askFor: `Ask for ${id}.`,
  askIsOurReading: true,
}));

/** The documents' content as the report model takes it, built from the fixtures above. */
export const documentsReportContent: DocumentsReportContent = {
  invariants,
  definition: definitionContent,
  scorecard: scorecardContent,
  commitments,
  verdict: { system: 'Selling you a system', pilot: 'Selling you a pilot', rule: 'r', ruleIsOurReading: true },
  // The real pages' words, as /report/ passes them.
  text: loadDocumentsReportText(),
};

/**
 * All four documents partly filled in: one invariant had, a named system, a scorecard target, and
 * a proposal with every commitment in it but c4. `invariantNotes` is the self-check's note.
 */
export function filledDocuments(invariantNotes = ''): DocumentsState {
  return {
    invariantCheck: { statuses: { other: 'have' }, notes: invariantNotes },
    readinessDefinition: { ...initialDefinition(definitionContent.elements), system: 'Agent' },
    scorecard: { ...EMPTY_SCORECARD, target: '9' },
    partnerCheck: {
      proposal: 'Acme',
      answers: Object.fromEntries(commitments.map((c) => [c.id, c.id === 'c4' ? 'no' : 'yes'])),
      notes: '',
    },
  };
}
