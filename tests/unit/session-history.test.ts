import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_SESSION,
  MAX_NOTE_LENGTH,
  decodeStoredSession,
  encodeStoredSession,
  type SessionState,
} from '../../src/domain/session-state';
import {
  MAX_SNAPSHOTS,
  compareSnapshots,
  decodeStoredHistory,
  encodeStoredHistory,
  type Snapshot,
} from '../../src/domain/history';
import { decodeExportFile, encodeExportFile, MAX_IMPORT_BYTES } from '../../src/domain/export-file';
import type { AnswerValue } from '../../src/domain/content-types';
import { referenceContent } from '../helpers/reference-content';
import { loadPageText } from '../helpers/load-content';
import { refusalMessage } from '../../src/domain/import-plan';

const content = referenceContent();
const IDS = content.questions.map((q) => q.id);
/** History's words, as the page passes them (content/pages/history.md): a refused file's message is in them. */
const historyText = loadPageText('history');
const answerArb = fc.dictionary(fc.constantFrom(...IDS), fc.constantFrom<AnswerValue>('yes', 'no', 'unsure'));

const sessionArb: fc.Arbitrary<SessionState> = fc.record({
  facilitator: fc.boolean(),
  presentation: fc.boolean(),
  clientLabel: fc.string({ maxLength: 120 }),
  notes: fc.dictionary(
    fc.constantFrom(...IDS, 'cost'),
    fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== ''),
  ),
});

const snapshotArb: fc.Arbitrary<Snapshot> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
    savedAt: fc
      .date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    clientLabel: fc.string({ maxLength: 40 }),
    answers: answerArb,
    stage: fc.constantFrom(...content.stages),
    score: fc.nat({ max: 10 }),
    cost: fc.option(
      fc
        .tuple(fc.nat({ max: 5_000_000 }), fc.nat({ max: 5_000_000 }))
        .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
      { nil: null },
    ),
  })
  .map(({ stage, ...rest }) => ({ ...rest, stageId: stage.id, stageName: stage.name, total: 10 }));

const uniqueSnapshots = fc.uniqueArray(snapshotArb, { selector: (s) => s.id, maxLength: 8 });

describe('facilitator session state', () => {
  it('round-trips every session', () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        expect(decodeStoredSession(encodeStoredSession(session), IDS)).toEqual({ state: session, problems: [] });
      }),
    );
  });

  it('keeps the valid parts of a corrupt session', () => {
    const text = JSON.stringify({
      v: 1,
      facilitator: 'yes',
      clientLabel: 'Acme',
      notes: { [IDS[0]!]: 'Good', unknown: 'x', [IDS[1]!]: 'x'.repeat(MAX_NOTE_LENGTH + 1), ['__proto__']: 'p' },
    });
    expect(decodeStoredSession(text, IDS)).toEqual({
      state: { ...EMPTY_SESSION, clientLabel: 'Acme', notes: { [IDS[0]!]: 'Good' } },
      problems: [{ kind: 'dropped-parts', count: 4 }],
    });
  });

  it('never throws on 10,000 hostile stored values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .record({ v: fc.constant(1), notes: fc.jsonValue(), clientLabel: fc.jsonValue() })
            .map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const { state, problems } = decodeStoredSession(text, IDS);
          if (!state) expect(problems.length).toBeGreaterThan(0);
          else for (const key of Object.keys(state.notes)) expect([...IDS, 'cost']).toContain(key);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('history', () => {
  it('round-trips saved snapshots, oldest first', () => {
    fc.assert(
      fc.property(uniqueSnapshots, (snapshots) => {
        const sorted = [...snapshots].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
        const decoded = decodeStoredHistory(encodeStoredHistory(snapshots, IDS), IDS);
        expect(decoded.problems).toEqual([]);
        expect(decoded.snapshots.map((s) => s.id)).toEqual(sorted.map((s) => s.id));
        expect(decoded.snapshots).toEqual(expect.arrayContaining(snapshots));
      }),
    );
  });

  it('drops damaged snapshots and keeps the rest', () => {
    const good = fc.sample(snapshotArb, { numRuns: 1, seed: 1 })[0]!;
    const text = encodeStoredHistory([good], IDS).replace('"snapshots":[', '"snapshots":[{"id":"bad","score":99},');
    const decoded = decodeStoredHistory(text, IDS);
    expect(decoded.snapshots.map((s) => s.id)).toEqual([good.id]);
    expect(decoded.problems).toEqual([{ kind: 'dropped-snapshots', count: 1 }]);
  });

  it('compares two snapshots: changed answers, stage movement, cost difference', () => {
    const [q1, q2] = content.questions;
    const base = { clientLabel: '', total: 10, savedAt: '2026-01-01T00:00:00.000Z' };
    const before: Snapshot = {
      ...base,
      id: 'a',
      answers: { [q1!.id]: 'no', [q2!.id]: 'yes' },
      stageId: content.stages[0]!.id,
      stageName: content.stages[0]!.name,
      score: 1,
      cost: { low: 410_000, high: 925_000 },
    };
    const after: Snapshot = {
      ...base,
      id: 'b',
      savedAt: '2026-04-01T00:00:00.000Z',
      answers: { [q1!.id]: 'yes', [q2!.id]: 'yes' },
      stageId: content.stages[1]!.id,
      stageName: content.stages[1]!.name,
      score: 2,
      cost: { low: 530_000, high: 1_125_000 },
    };
    const comparison = compareSnapshots(before, after, content.questions, content.stages);
    expect(comparison.changedAnswers.map((c) => [c.question.id, c.before, c.after])).toEqual([[q1!.id, 'no', 'yes']]);
    expect(comparison.stage).toEqual({
      before: content.stages[0]!.name,
      after: content.stages[1]!.name,
      direction: 'up',
    });
    expect(comparison.scoreDelta).toBe(1);
    expect(comparison.costDelta).toEqual({ low: 120_000, high: 200_000 });
    expect(compareSnapshots(after, before, content.questions, content.stages).stage.direction).toBe('down');
    expect(compareSnapshots(before, { ...before, cost: null }, content.questions, content.stages).costDelta).toBeNull();
  });

  it('comparing a snapshot with itself finds no change', () => {
    fc.assert(
      fc.property(snapshotArb, (s) => {
        const c = compareSnapshots(s, s, content.questions, content.stages);
        expect(c.changedAnswers).toEqual([]);
        expect(c.stage.direction).toBe('same');
        expect(c.scoreDelta).toBe(0);
      }),
    );
  });
});

describe('export and import files', () => {
  const now = new Date('2026-11-27T10:00:00Z');

  it('round-trips a session export and a history export', () => {
    fc.assert(
      fc.property(
        answerArb,
        sessionArb,
        fc.option(fc.jsonValue(), { nil: undefined }),
        uniqueSnapshots,
        (answers, session, cost, snapshots) => {
          const sessionFile = encodeExportFile(
            { kind: 'session', session: { answers, session, ...(cost === undefined ? {} : { cost }) } },
            IDS,
            now,
          );
          const decoded = decodeExportFile(sessionFile, sessionFile.length, IDS);
          expect(decoded).toEqual({
            ok: true,
            contents: {
              kind: 'session',
              session: { answers, session, ...(cost === undefined ? {} : { cost: JSON.parse(JSON.stringify(cost)) }) },
            },
          });
          const historyFile = encodeExportFile({ kind: 'history', snapshots }, IDS, now);
          const history = decodeExportFile(historyFile, historyFile.length, IDS);
          expect(history.ok && history.contents.kind === 'history' && history.contents.snapshots.length).toBe(
            snapshots.length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['another format', JSON.stringify({ format: 'other', v: 1, kind: 'session' }), 'not a Readiness export'],
    [
      'a newer version',
      JSON.stringify({ format: 'readiness-export', v: 3, kind: 'history', snapshots: [] }),
      'version 3',
    ],
    [
      'a damaged snapshot',
      JSON.stringify({ format: 'readiness-export', v: 1, kind: 'history', snapshots: [{ id: 'x' }] }),
      'damaged',
    ],
    [
      'too many snapshots',
      JSON.stringify({
        format: 'readiness-export',
        v: 1,
        kind: 'history',
        snapshots: Array.from({ length: MAX_SNAPSHOTS + 1 }, () => ({})),
      }),
      'the limit is',
    ],
    [
      'an unknown question',
      JSON.stringify({ format: 'readiness-export', v: 1, kind: 'session', session: { answers: { nope: 'y' } } }),
      'damaged',
    ],
  ])('refuses %s with a clear message', (_, text, message) => {
    const result = decodeExportFile(text, text.length, IDS);
    expect(result.ok).toBe(false);
    expect(!result.ok && refusalMessage(result.problem, historyText)).toContain(message);
  });

  it('refuses a file over the size cap before parsing it', () => {
    const result = decodeExportFile('{}', MAX_IMPORT_BYTES + 1, IDS);
    expect(result).toEqual({ ok: false, problem: { kind: 'too-large', kilobytes: 1025, maxMegabytes: 1 } });
    expect(!result.ok && refusalMessage(result.problem, historyText)).toBe(
      'This file is too large (1025 KB). Readiness exports are under 1 MB.',
    );
  });

  it('never throws and never accepts a malformed file (10,000 fuzzed files)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({
          format: fc.constant('readiness-export'),
          v: fc.constantFrom(1, 2, '1'),
          kind: fc.constantFrom('session', 'history', 'x'),
          session: fc.jsonValue(),
          snapshots: fc.jsonValue(),
        })
        .map((v) => JSON.stringify(v)),
      fc
        .record({
          format: fc.constant('readiness-export'),
          v: fc.constant(1),
          kind: fc.constant('session'),
          session: fc.record({
            answers: fc.dictionary(
              fc.constantFrom(...IDS, '__proto__', 'constructor'),
              fc.constantFrom('y', 'n', 'maybe', 1),
            ),
            notes: fc.jsonValue(),
          }),
        })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const result = decodeExportFile(text, text.length, IDS);
        if (result.ok && result.contents.kind === 'session') {
          for (const [id, value] of Object.entries(result.contents.session.answers)) {
            expect(IDS).toContain(id);
            expect(['yes', 'no', 'unsure']).toContain(value);
          }
        }
        if (!result.ok) expect(refusalMessage(result.problem, historyText).length).toBeGreaterThan(10);
      }),
      { numRuns: 10_000 },
    );
  });
});
