/**
 * The documents and decisions in session export files: they round-trip through the file, an old
 * (version 1) file still imports and keeps them, a damaged part is left out and named while the
 * rest imports, and the confirmation says what will be replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialCostState, type CostContext } from '../../src/domain/cost-state';
import { MAX_USE_CASES, type DecisionsState, type UseCase } from '../../src/domain/decisions-state';
import { NO_DOCUMENTS, type DocumentsContext, type DocumentsState } from '../../src/domain/documents-section';
import {
  NOTHING_CARRIED,
  decodeExportDocuments,
  encodeExportDocuments,
  type ImportedDocuments,
} from '../../src/domain/export-documents';
import { decodeExportFile, encodeExportFile, EXPORT_VERSION, type SessionExport } from '../../src/domain/export-file';
import { planImport, refusalMessage } from '../../src/domain/import-plan';
import { initialDefinition } from '../../src/domain/readiness-definition';
import { EMPTY_SCORECARD } from '../../src/domain/scorecard';
import { EMPTY_SESSION } from '../../src/domain/session-state';
import { referenceContent } from '../helpers/reference-content';
import { loadPageText, loadScenarioNames } from '../helpers/load-content';
import { commitments, definitionContent, invariants, scorecardContent } from './documents-fixtures';

const content = referenceContent();
const IDS = content.questions.map((q) => q.id);
const costContext: CostContext = {
  content,
  removableLineIds: ['scoping-engagement'],
  scenarioNames: loadScenarioNames(content),
};
const now = new Date('2026-11-27T10:00:00Z');
/** History's words, as the page passes them (content/pages/history.md). */
const text = loadPageText('history');

const context: DocumentsContext = {
  invariantIds: invariants.map((i) => i.id),
  definition: definitionContent,
  scorecardRoles: scorecardContent.signOffRoles,
  commitmentIds: commitments.map((c) => c.id),
};

const FULL: DocumentsState = {
  invariantCheck: { statuses: { other: 'partly' }, notes: 'n' },
  readinessDefinition: { ...initialDefinition(definitionContent.elements), system: 'Agent', agreedOn: '2027-01-10' },
  scorecard: {
    ...EMPTY_SCORECARD,
    metric: 'Handling time',
    stopAction: 'end',
    signOffs: { 'finance-partner': { name: 'P', date: '' } },
  },
  partnerCheck: { proposal: 'Acme', answers: { c1: 'yes', c2: 'unclear' }, notes: '' },
};

const useCase = (id: string, name: string): UseCase => ({
  id,
  name,
  description: '',
  answers: { trigger: 'event' },
  note: '',
});
const TWO_USE_CASES: DecisionsState = {
  useCases: [useCase('uc-a1', 'Refund triage'), useCase('uc-b2', 'Invoice matching')],
  deployment: { answers: {}, note: '' },
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const plainText = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max })
    .filter((text) => !CONTROL.test(text) && (min === 0 || text.trim() !== ''));
const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,6})?$/);
const answersArb = fc.dictionary(idArb, idArb, { maxKeys: 6 });

const decisionsArb: fc.Arbitrary<DecisionsState> = fc.record({
  useCases: fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^uc-[a-z0-9]{1,24}$/),
      name: plainText(1, 80),
      description: plainText(0, 400),
      answers: answersArb,
      note: plainText(0, 300),
    }),
    { selector: (u) => u.id, maxLength: MAX_USE_CASES },
  ),
  deployment: fc.record({ answers: answersArb, note: plainText(0, 300) }),
});

const documentsArb: fc.Arbitrary<DocumentsState> = fc.record({
  invariantCheck: fc.constantFrom(null, FULL.invariantCheck),
  readinessDefinition: fc.constantFrom(null, FULL.readinessDefinition),
  scorecard: fc.constantFrom(null, FULL.scorecard),
  partnerCheck: fc.constantFrom(null, FULL.partnerCheck),
});

/** A session export file with these sections, read back as the importer does. */
function throughFile(sections: Pick<SessionExport, 'documents' | 'decisions'>, v = EXPORT_VERSION) {
  const text = encodeExportFile(
    { kind: 'session', session: { answers: {}, session: EMPTY_SESSION, ...sections } },
    IDS,
    now,
  );
  const file = { ...JSON.parse(text), v };
  const raw = JSON.stringify(file);
  const decoded = decodeExportFile(raw, raw.length, IDS);
  if (!decoded.ok || decoded.contents.kind !== 'session')
    throw new Error(decoded.ok ? 'not a session' : decoded.problem.kind);
  return decoded.contents.session;
}

function plan(session: SessionExport, documents: ImportedDocuments) {
  const planned = planImport(
    { kind: 'session', session },
    costContext,
    IDS,
    { snapshots: [] },
    text,
    'merge',
    documents,
  );
  if (!planned.ok || planned.kind !== 'session') throw new Error('expected a session plan');
  return planned;
}

describe('documents and decisions in session export files', () => {
  it('round-trip: decode(encode(x)) is x for any documents and any valid decisions', () => {
    fc.assert(
      fc.property(documentsArb, decisionsArb, (documents, decisions) => {
        const session = throughFile(encodeExportDocuments(documents, decisions));
        expect(decodeExportDocuments(session, context)).toEqual({
          carried: true,
          documents,
          decisions,
          leftOutParts: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('an empty device exports empty sections, which clear the importing device', () => {
    const sections = encodeExportDocuments(NO_DOCUMENTS, null);
    expect(sections.documents).toEqual({ v: 1 });
    expect(decodeExportDocuments(throughFile(sections), context)).toEqual({
      carried: true,
      documents: NO_DOCUMENTS,
      decisions: { useCases: [], deployment: { answers: {}, note: '' } },
      leftOutParts: [],
    });
  });

  it('writes version 2 files', () => {
    const text = encodeExportFile({ kind: 'session', session: { answers: {}, session: EMPTY_SESSION } }, IDS, now);
    expect(JSON.parse(text)).toMatchObject({ format: 'readiness-export', v: 2, kind: 'session' });
  });

  it('an old (version 1) file still imports, and keeps the documents and decisions on this device', () => {
    const old = JSON.stringify({
      format: 'readiness-export',
      v: 1,
      exportedAt: '2026-01-10T09:00:00.000Z',
      kind: 'session',
      session: {
        answers: { [IDS[0]!]: 'y' },
        facilitator: true,
        presentation: false,
        clientLabel: 'Acme Bank',
        notes: {},
        // Not a version 1 field: ignored, never read as a documents section.
        documents: { v: 1, scorecard: { v: 1, metric: 'x' } },
      },
    });
    const decoded = decodeExportFile(old, old.length, IDS);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok || decoded.contents.kind !== 'session') return;
    expect(decoded.contents.session.session.clientLabel).toBe('Acme Bank');
    expect(decoded.contents.session.documents).toBeUndefined();
    const documents = decodeExportDocuments(decoded.contents.session, context);
    expect(documents).toEqual(NOTHING_CARRIED);
    const planned = plan(decoded.contents.session, documents);
    expect(planned.confirm.body[0]).toBe(
      `The file holds answers to 1 of ${IDS.length} questions and the label “Acme Bank”.`,
    );
    expect(planned.confirm.body[1]).toMatch(/carries no documents or decisions .* so yours are kept/);
  });

  it('refuses a file from a newer version, naming the versions it reads', () => {
    const file = JSON.stringify({ format: 'readiness-export', v: 3, kind: 'session', session: { answers: {} } });
    const decoded = decodeExportFile(file, file.length, IDS);
    expect(decoded).toEqual({ ok: false, problem: { kind: 'other-version', version: '3', readable: [1, 2] } });
    expect(!decoded.ok && refusalMessage(decoded.problem, text)).toBe(
      'This export is version 3; this site reads versions 1 and 2.',
    );
  });

  it('says what will be replaced: "your scorecard and 2 use cases"', () => {
    const session = throughFile(encodeExportDocuments({ ...NO_DOCUMENTS, scorecard: FULL.scorecard }, TWO_USE_CASES));
    const planned = plan(session, decodeExportDocuments(session, context));
    expect(planned.confirm.body).toEqual([
      `The file holds answers to 0 of ${IDS.length} questions, your scorecard and 2 use cases.`,
      'They replace the answers, cost inputs, client label, notes, documents and decisions on this device. Saved results are not changed.',
    ]);
    expect(planned.confirm.done).toBe(
      `Session imported: answers to 0 of ${IDS.length} questions, your scorecard and 2 use cases.`,
    );
    expect(planned.documents.documents.scorecard).toEqual(FULL.scorecard);
    expect(planned.documents.decisions).toEqual(TWO_USE_CASES);
  });

  it('names every document and the deployment answers', () => {
    const decisions: DecisionsState = {
      useCases: [useCase('uc-a1', 'Refunds')],
      deployment: { answers: { a: 'b' }, note: '' },
    };
    const session = throughFile(encodeExportDocuments(FULL, decisions));
    expect(plan(session, decodeExportDocuments(session, context)).confirm.body[0]).toBe(
      `The file holds answers to 0 of ${IDS.length} questions, your seven-invariants self-check, your readiness definition, your scorecard, your partner check, 1 use case and your deployment answers.`,
    );
  });

  it('a damaged document is left out and named; everything else imports', () => {
    const sections = encodeExportDocuments(FULL, TWO_USE_CASES);
    const damaged = { ...sections, documents: { ...(sections.documents as object), scorecard: { v: 1, metric: 42 } } };
    const session = throughFile(damaged);
    const documents = decodeExportDocuments(session, context);
    expect(documents.leftOutParts).toEqual(['scorecard']);
    // Left out: this device's scorecard is not touched (no key), the rest is replaced.
    expect(documents.documents).toEqual({
      invariantCheck: FULL.invariantCheck,
      readinessDefinition: FULL.readinessDefinition,
      partnerCheck: FULL.partnerCheck,
    });
    expect(documents.decisions).toEqual(TWO_USE_CASES);
    const planned = plan(session, documents);
    expect(planned.confirm.body[2]).toBe(
      'One part of the file is damaged and left out: the scorecard. What this device holds for it is kept.',
    );
    expect(planned.confirm.done).toMatch(/ Left out, as damaged: the scorecard\.$/);
  });

  it('damaged decisions are left out and named; the documents still import', () => {
    const sections = encodeExportDocuments(FULL, TWO_USE_CASES);
    const session = throughFile({ ...sections, decisions: { v: 1, useCases: [{ id: 'nope' }] } });
    const documents = decodeExportDocuments(session, context);
    expect(documents.decisions).toBeNull();
    expect(documents.documents).toEqual(FULL);
    expect(documents.leftOutParts).toEqual(['decisions']);
    expect(plan(session, documents).confirm.body[2]).toBe(
      'One part of the file is damaged and left out: the use cases and deployment answers. What this device holds for it is kept.',
    );
  });

  it('a documents section of another version is left out as a whole', () => {
    const session = throughFile({ documents: { v: 9 }, decisions: JSON.parse(JSON.stringify(TWO_USE_CASES)) });
    const documents = decodeExportDocuments(session, context);
    expect(documents.documents).toEqual({});
    expect(documents.leftOutParts).toEqual(['documents', 'decisions']);
    expect(plan(session, documents).confirm.body[2]).toBe(
      'Some parts of the file are damaged and left out: the documents and checks and the use cases and deployment answers. What this device holds for them is kept.',
    );
  });

  it('never throws on any documents or decisions section, and never refuses the file for them', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (documentsRaw, decisionsRaw) => {
        const session = throughFile({ documents: documentsRaw, decisions: decisionsRaw });
        // plan() throws unless the import is planned as a session.
        expect(plan(session, decodeExportDocuments(session, context)).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the cost section is still all or nothing', () => {
    const session = throughFile(encodeExportDocuments(FULL, TWO_USE_CASES));
    const planned = planImport(
      { kind: 'session', session: { ...session, cost: { ...(initialCostState(costContext) as object), v: 99 } } },
      costContext,
      IDS,
      { snapshots: [] },
      text,
      'merge',
      decodeExportDocuments(session, context),
    );
    expect(planned.ok).toBe(false);
  });
});
