import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_DOCUMENTS,
  decodeDocumentsSection,
  encodeDocumentsSection,
  type DocumentsContext,
  type DocumentsState,
} from '../../src/domain/documents-section';
import { initialDefinition } from '../../src/domain/readiness-definition';
import { EMPTY_SCORECARD } from '../../src/domain/scorecard';
import { commitments, definitionContent, invariants, scorecardContent } from './documents-fixtures';

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

const arbitraryState: fc.Arbitrary<DocumentsState> = fc.record({
  invariantCheck: fc.constantFrom(null, FULL.invariantCheck),
  readinessDefinition: fc.constantFrom(null, FULL.readinessDefinition),
  scorecard: fc.constantFrom(null, FULL.scorecard),
  partnerCheck: fc.constantFrom(null, FULL.partnerCheck),
});

describe('documents section', () => {
  it('round-trips any mix of filled and unfilled documents, through JSON', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const section = encodeDocumentsSection(state);
        const decoded = decodeDocumentsSection(
          section === undefined ? undefined : JSON.parse(JSON.stringify(section)),
          context,
        );
        expect(decoded).toEqual({ state, dropped: 0 });
      }),
    );
  });

  it('carries nothing when nothing was filled in, and an export from before the section imports as none', () => {
    expect(encodeDocumentsSection(NO_DOCUMENTS)).toBeUndefined();
    expect(decodeDocumentsSection(undefined, context)).toEqual({ state: NO_DOCUMENTS, dropped: 0 });
  });

  it('drops what it cannot read and counts it, keeping the rest', () => {
    const section = {
      ...encodeDocumentsSection(FULL)!,
      scorecard: 'garbage',
      partnerCheck: { v: 1, answers: { c1: 'yes', zz: 'no' } },
    };
    const decoded = decodeDocumentsSection(section, context);
    expect(decoded.dropped).toBe(2);
    expect(decoded.state.scorecard).toBeNull();
    expect(decoded.state.partnerCheck?.answers).toEqual({ c1: 'yes' });
    expect(decoded.state.invariantCheck).toEqual(FULL.invariantCheck);
  });

  it('refuses a section of another version, and never throws on any input', () => {
    expect(decodeDocumentsSection({ v: 2 }, context)).toEqual({ state: NO_DOCUMENTS, dropped: 1 });
    fc.assert(fc.property(fc.jsonValue(), (raw) => void decodeDocumentsSection(raw, context)));
  });
});
