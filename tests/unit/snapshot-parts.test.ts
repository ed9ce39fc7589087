/**
 * What a saved result records of the documents and decisions (src/domain/snapshot-parts.ts), how
 * it is stored and read back from untrusted input, and what History says of it
 * (src/domain/snapshot-parts-view.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionsReport } from '../../src/domain/decisions-report';
import { EMPTY_DECISIONS, type DecisionsState } from '../../src/domain/decisions-state';
import { buildDecisionsView } from '../../src/domain/decisions-view';
import { buildDocumentsReport } from '../../src/domain/documents-report';
import { NO_DOCUMENTS } from '../../src/domain/documents-section';
import { decodeExportFile, encodeExportFile } from '../../src/domain/export-file';
import {
  decodeSnapshot,
  decodeStoredHistory,
  encodeSnapshot,
  encodeStoredHistory,
  type Snapshot,
} from '../../src/domain/history';
import { createSnapshot } from '../../src/domain/history-view';
import { sameResult } from '../../src/domain/saved-results-codec';
import {
  MAX_PART_TEXT_LENGTH,
  decodeSnapshotParts,
  snapshotParts,
  type SnapshotParts,
} from '../../src/domain/snapshot-parts';
import { compareSnapshotParts, snapshotPartsSummary } from '../../src/domain/snapshot-parts-view';
import { loadDecisionsReportText, loadPageText } from '../helpers/load-content';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { referenceContent } from '../helpers/reference-content';
import { documentsReportContent, filledDocuments } from './documents-fixtures';
import { sampleDecisions } from './decisions-fixtures';

const documentsContent = documentsReportContent;
const decisionsContent = loadDecisionsContent();
const now = new Date(2026, 11, 1);
const IDS = referenceContent().questions.map((q) => q.id);

const decisions = sampleDecisions;
// What History says of the parts, from content/pages/history.md.
const text = loadPageText('history');

const decided = (state: DecisionsState) => ({
  view: buildDecisionsView(decisionsContent, state),
  report: decisionsReport(decisionsContent, state, loadDecisionsReportText()),
});

const count = fc.nat({ max: 30 });
const ofTotal = fc.tuple(count, count).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
const shown = fc.option(fc.string({ maxLength: MAX_PART_TEXT_LENGTH }), { nil: null });
const partsArb: fc.Arbitrary<SnapshotParts> = fc.record(
  {
    invariants: ofTotal.map(([have, total]) => ({ have, total })),
    definition: fc
      .tuple(ofTotal, ofTotal, fc.boolean())
      .map(([[elementsComplete, elementsTotal], [signedOff, signOffsTotal], complete]) => ({
        elementsComplete,
        elementsTotal,
        signedOff,
        signOffsTotal,
        complete,
      })),
    scorecard: fc.record({ missing: count }),
    partner: fc.record({ verdict: shown, askFor: count }),
    useCases: fc.record({ workflows: count, agents: count, hybrid: count, unclassified: count }),
    deployment: fc.record({ recommendation: shown }),
  },
  { requiredKeys: [] },
);

const snapshot = (parts: SnapshotParts | undefined, id = 'abc'): Snapshot =>
  createSnapshot(
    {
      answers: {},
      stage: { id: 'experimentation', name: 'Experimentation' },
      score: 2,
      total: 10,
      clientLabel: 'Acme',
      cost: null,
      parts,
    },
    new Date('2026-03-03T14:05:00Z'),
    id,
  );

describe('what a saved result records of the documents and decisions', () => {
  it('records nothing when nothing was filled in', () => {
    const documents = buildDocumentsReport(documentsContent, NO_DOCUMENTS, {}, null, now);
    expect(snapshotParts(documents, decided(EMPTY_DECISIONS))).toEqual({});
    expect(snapshotParts(null, null)).toEqual({});
  });

  it('records what the report shows of each part, from the report view models', () => {
    const documents = buildDocumentsReport(documentsContent, filledDocuments(), { q1: 'yes' }, null, now);
    const report = decisionsReport(decisionsContent, decisions, loadDecisionsReportText());
    const parts = snapshotParts(documents, decided(decisions));
    expect(parts.invariants).toEqual({ have: documents.invariants!.have, total: 3 });
    expect(parts.definition).toEqual({
      elementsComplete: documents.definition!.completeness.elementsComplete,
      elementsTotal: 3,
      signedOff: 0,
      signOffsTotal: documents.definition!.completeness.signOffsTotal,
      complete: false,
    });
    expect(parts.scorecard).toEqual({ missing: documents.scorecard!.missing.length });
    expect(parts.partner).toEqual({ verdict: 'Selling you a pilot', askFor: 1 });
    expect(parts.useCases).toEqual({ workflows: 1, agents: 0, hybrid: 0, unclassified: 1 });
    expect(parts.deployment).toEqual({ recommendation: report!.deployment!.recommendation });
    expect(parts.deployment?.recommendation).toEqual(expect.any(String));
    // Whatever was filled in, the record decodes back to itself.
    expect(decodeSnapshotParts(JSON.parse(JSON.stringify(parts)))).toEqual(parts);
  });

  it('records a deployment still in progress, and no use cases when there are none', () => {
    const state: DecisionsState = {
      useCases: [],
      deployment: { answers: { regulatory: 'own-infrastructure' }, note: '' },
    };
    expect(snapshotParts(null, decided(state))).toEqual({ deployment: { recommendation: null } });
  });
});

describe('reading recorded parts back', () => {
  it('round-trips every record', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        expect(decodeSnapshotParts(JSON.parse(JSON.stringify(parts)))).toEqual(parts);
      }),
    );
  });

  it('drops a malformed part and keeps the others', () => {
    expect(
      decodeSnapshotParts({
        invariants: { have: 8, total: 7 },
        definition: { elementsComplete: 1, elementsTotal: 2, signedOff: 0, signOffsTotal: 2, complete: 'no' },
        scorecard: { missing: -1 },
        partner: { verdict: 'x'.repeat(MAX_PART_TEXT_LENGTH + 1), askFor: 0 },
        useCases: { workflows: 1, agents: 1.5, hybrid: 0, unclassified: 0 },
        deployment: { recommendation: 'Sovereign cloud' },
        unknown: { anything: true },
      }),
    ).toEqual({ deployment: { recommendation: 'Sovereign cloud' } });
    // Nothing readable is "not recorded", not "none filled in"; an empty record is "none filled in".
    expect(decodeSnapshotParts({ scorecard: { missing: 'two' } })).toBeUndefined();
    expect(decodeSnapshotParts({})).toEqual({});
    expect(decodeSnapshotParts([])).toBeUndefined();
    expect(decodeSnapshotParts(null)).toBeUndefined();
    expect(decodeSnapshotParts(undefined)).toBeUndefined();
  });

  it('never throws, and keeps only well-formed parts (10,000 hostile values)', () => {
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          invariants: fc.oneof(fc.jsonValue(), fc.record({ have: fc.jsonValue(), total: fc.jsonValue() })),
          definition: fc.jsonValue(),
          scorecard: fc.oneof(fc.jsonValue(), fc.record({ missing: fc.oneof(fc.integer(), fc.double()) })),
          partner: fc.oneof(fc.jsonValue(), fc.record({ verdict: fc.jsonValue(), askFor: fc.jsonValue() })),
          useCases: fc.jsonValue(),
          deployment: fc.oneof(fc.jsonValue(), fc.record({ recommendation: fc.jsonValue() })),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        const parts = decodeSnapshotParts(raw);
        if (parts === undefined) return;
        // What was kept reads back unchanged: nothing malformed survived.
        expect(decodeSnapshotParts(JSON.parse(JSON.stringify(parts)))).toEqual(parts);
        for (const line of snapshotPartsSummary(parts, text)) expect(typeof line).toBe('string');
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('snapshots with recorded parts', () => {
  const parts: SnapshotParts = { invariants: { have: 3, total: 7 }, deployment: { recommendation: 'Public cloud' } };

  it('stores and reads the parts with the snapshot', () => {
    const saved = snapshot(parts);
    const decoded = decodeStoredHistory(encodeStoredHistory([saved], IDS), IDS);
    expect(decoded).toEqual({ snapshots: [saved], problems: [] });
    expect(decoded.snapshots[0]!.parts).toEqual(parts);
  });

  it('reads a result saved before snapshots recorded parts, in storage and in an old history export', () => {
    const { parts: _none, ...old } = snapshot(undefined);
    const stored = JSON.stringify({ v: 1, snapshots: [encodeSnapshot(old, IDS)] });
    const decoded = decodeStoredHistory(stored, IDS);
    expect(decoded.problems).toEqual([]);
    expect(decoded.snapshots[0]).toEqual(old);
    expect(decoded.snapshots[0]!.parts).toBeUndefined();
    const file = JSON.stringify({
      format: 'readiness-export',
      v: 2,
      exportedAt: '2026-03-04T10:00:00.000Z',
      kind: 'history',
      snapshots: [encodeSnapshot(old, IDS)],
    });
    const imported = decodeExportFile(file, file.length, IDS);
    expect(imported).toEqual({ ok: true, contents: { kind: 'history', snapshots: [old] } });
  });

  it('round-trips parts through a history export file', () => {
    const saved = [snapshot(parts, 'a'), snapshot({}, 'b')];
    const file = encodeExportFile({ kind: 'history', snapshots: saved }, IDS, now);
    const imported = decodeExportFile(file, file.length, IDS);
    expect(imported.ok && imported.contents.kind === 'history' && imported.contents.snapshots).toEqual(saved);
  });

  it('keeps a snapshot whose parts are damaged, without the damaged parts (fuzzed)', () => {
    const saved = snapshot(undefined);
    const base = encodeSnapshot(saved, IDS);
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const decoded = decodeSnapshot({ ...base, parts: raw }, IDS);
        expect(decoded).not.toBeNull();
        expect({ ...decoded, parts: undefined }).toEqual({ ...saved, parts: undefined });
      }),
      { numRuns: 2_000 },
    );
  });

  it('counts a changed document as a new result, so saving again adds it', () => {
    expect(sameResult(snapshot(parts), snapshot(parts, 'other'))).toBe(true);
    expect(sameResult(snapshot(parts), snapshot({ ...parts, invariants: { have: 4, total: 7 } }))).toBe(false);
    expect(sameResult(snapshot(undefined), snapshot({}))).toBe(false);
  });
});

describe('what History says of the parts', () => {
  it('lists each recorded part on a line, in site order', () => {
    expect(
      snapshotPartsSummary(
        {
          deployment: { recommendation: 'Sovereign cloud' },
          invariants: { have: 3, total: 7 },
          definition: { elementsComplete: 5, elementsTotal: 8, signedOff: 0, signOffsTotal: 2, complete: false },
          scorecard: { missing: 2 },
          partner: { verdict: 'Selling you a pilot', askFor: 3 },
          useCases: { workflows: 2, agents: 1, hybrid: 1, unclassified: 0 },
        },
        text,
      ),
    ).toEqual([
      'Invariants: 3 of 7',
      'Readiness definition: 5 of 8 elements, not signed off',
      'Scorecard: drafted, 2 things still to settle',
      'Partner check: Selling you a pilot (3 to ask for)',
      'Use cases: 2 workflows, 1 agent, 1 hybrid',
      'Deployment: Sovereign cloud',
    ]);
    expect(
      snapshotPartsSummary(
        {
          definition: { elementsComplete: 8, elementsTotal: 8, signedOff: 2, signOffsTotal: 2, complete: true },
          scorecard: { missing: 0 },
          partner: { verdict: null, askFor: 0 },
          useCases: { workflows: 0, agents: 0, hybrid: 0, unclassified: 1 },
          deployment: { recommendation: null },
        },
        text,
      ),
    ).toEqual([
      'Readiness definition: complete and signed off',
      'Scorecard: complete and signed off',
      'Partner check: not every commitment answered',
      'Use cases: 1 not classified',
      'Deployment: not decided yet',
    ]);
    expect(snapshotPartsSummary({}, text)).toEqual([text['parts-none']]);
    expect(snapshotPartsSummary(undefined, text)).toEqual([text['parts-not-recorded']]);
  });

  it('says what changed between two results, part by part', () => {
    const before: SnapshotParts = {
      invariants: { have: 3, total: 7 },
      scorecard: { missing: 2 },
      deployment: { recommendation: 'Public cloud' },
    };
    const after: SnapshotParts = {
      invariants: { have: 5, total: 7 },
      scorecard: { missing: 2 },
      partner: { verdict: 'Selling you a system', askFor: 0 },
      deployment: { recommendation: 'Sovereign cloud' },
    };
    expect(compareSnapshotParts(before, after, text)).toEqual({
      summary: '3 parts changed.',
      changes: [
        'Invariants: 3 → 5 of 7',
        'Partner check: not filled in → Selling you a system',
        'Deployment: Public cloud → Sovereign cloud',
      ],
    });
    expect(
      compareSnapshotParts({ invariants: { have: 3, total: 6 } }, { invariants: { have: 3, total: 7 } }, text),
    ).toEqual({
      summary: '1 part changed.',
      changes: ['Invariants: 3 of 6 → 3 of 7'],
    });
  });

  it("counts in History's words, one and many alike", () => {
    // Only the count keys marked: a noun written in code would show unmarked.
    const keys = [
      'use-cases-workflows-one',
      'use-cases-workflows-many',
      'use-cases-agents-one',
      'use-cases-agents-many',
      'parts-count-one',
      'parts-count-many',
    ] as const;
    const marked = { ...text, ...Object.fromEntries(keys.map((key) => [key, `«${key}» ${text[key]}`])) };
    const useCases = (workflows: number, agents: number) =>
      snapshotPartsSummary({ useCases: { workflows, agents, hybrid: 0, unclassified: 0 } }, marked);
    expect(useCases(2, 1)).toEqual([
      'Use cases: «use-cases-workflows-many» 2 workflows, «use-cases-agents-one» 1 agent',
    ]);
    expect(useCases(1, 3)).toEqual([
      'Use cases: «use-cases-workflows-one» 1 workflow, «use-cases-agents-many» 3 agents',
    ]);
    expect(
      compareSnapshotParts({ invariants: { have: 3, total: 7 } }, { invariants: { have: 4, total: 7 } }, marked)
        .summary,
    ).toBe('«parts-count-one» 1 part changed.');
    expect(
      compareSnapshotParts(
        { invariants: { have: 3, total: 7 } },
        { invariants: { have: 4, total: 7 }, deployment: { recommendation: 'Public cloud' } },
        marked,
      ).summary,
    ).toBe('«parts-count-many» 2 parts changed.');
  });

  it('says when there is nothing to compare', () => {
    expect(compareSnapshotParts({}, {}, text)).toEqual({
      summary: 'No change: none filled in either time.',
      changes: [],
    });
    expect(compareSnapshotParts(undefined, { scorecard: { missing: 0 } }, text).summary).toMatch(
      /Only the later result/,
    );
    expect(compareSnapshotParts({}, undefined, text).summary).toMatch(/Only the earlier result/);
    expect(compareSnapshotParts(undefined, undefined, text).summary).toMatch(/Neither result/);
  });

  it('finds no change comparing a record with itself, and never throws (fuzzed)', () => {
    fc.assert(
      fc.property(partsArb, partsArb, (a, b) => {
        expect(compareSnapshotParts(a, a, text).changes).toEqual([]);
        const { changes } = compareSnapshotParts(a, b, text);
        for (const line of changes) expect(line).toContain('→');
      }),
    );
  });
});
