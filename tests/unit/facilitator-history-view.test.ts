import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareSnapshots, decodeStoredHistory, encodeStoredHistory, type Snapshot } from '../../src/domain/history';
import {
  createSnapshot,
  describeComparison,
  exportFileName,
  inSavedOrder,
  scoreChart,
  snapshotCostText,
  snapshotId,
  snapshotName,
} from '../../src/domain/history-view';
import { localIsoDate } from '../../src/domain/dates';
import { referenceContent } from '../helpers/reference-content';

const content = referenceContent();
const IDS = content.questions.map((q) => q.id);
const [first, second, third] = content.stages;
/** A date-time at local noon, so the dates these tests expect hold in any time zone. */
const localNoon = (year: number, monthIndex: number, day: number) =>
  new Date(year, monthIndex, day, 12, 5).toISOString();

function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id: 'a',
    savedAt: localNoon(2026, 2, 3),
    clientLabel: 'Acme Bank',
    answers: {},
    stageId: first!.id,
    stageName: first!.name,
    score: 2,
    total: 10,
    cost: null,
    ...overrides,
  };
}

describe('createSnapshot', () => {
  const savedAt = new Date('2026-03-03T14:05:00Z');

  it('records what the user sees, with the label trimmed', () => {
    const made = createSnapshot(
      {
        answers: { [IDS[0]!]: 'yes' },
        stage: { id: second!.id, name: second!.name },
        score: 1,
        total: 10,
        clientLabel: '  Acme Bank  ',
        cost: { low: 410_000, high: 925_000 },
      },
      savedAt,
      'abc',
    );
    expect(made).toEqual({
      id: 'abc',
      savedAt: '2026-03-03T14:05:00.000Z',
      clientLabel: 'Acme Bank',
      answers: { [IDS[0]!]: 'yes' },
      stageId: second!.id,
      stageName: second!.name,
      score: 1,
      total: 10,
      cost: { low: 410_000, high: 925_000 },
    });
  });

  it('always makes a snapshot the history store accepts (fuzzed labels, answers and costs)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.dictionary(fc.constantFrom(...IDS), fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const)),
        fc.option(
          fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
          { nil: null },
        ),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (label, answers, cost, bytes) => {
          const made = createSnapshot(
            { answers, stage: first!, score: 3, total: 10, clientLabel: label, cost },
            savedAt,
            snapshotId(bytes),
          );
          const decoded = decodeStoredHistory(encodeStoredHistory([made], IDS), IDS);
          expect(decoded.problems).toEqual([]);
          expect(decoded.snapshots).toEqual([made]);
        },
      ),
    );
  });
});

describe('snapshotId', () => {
  it('is 16 URL-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(snapshotId(bytes)).toMatch(/^[A-Za-z0-9_-]{16}$/);
      }),
    );
  });
});

describe.each([
  { date: new Date(2026, 0, 5, 23, 59), iso: '2026-01-05' },
  { date: new Date(2026, 11, 31, 0, 0), iso: '2026-12-31' },
  { date: new Date(2027, 1, 28, 12, 0), iso: '2027-02-28' },
])('file names on $iso', ({ date, iso }) => {
  it('use the local calendar date', () => {
    expect(localIsoDate(date)).toBe(iso);
    expect(exportFileName('session', date)).toBe(`readiness-session-${iso}.json`);
    expect(exportFileName('history', date)).toBe(`readiness-history-${iso}.json`);
  });
});

describe('names and costs in lists', () => {
  it.each([
    { cost: null, text: 'Not estimated' },
    { cost: { low: 410_000, high: 925_000 }, text: '$410,000 – $925,000' },
  ])('cost $text', ({ cost, text }) => {
    expect(snapshotCostText(cost)).toBe(text);
  });

  it('names a snapshot by time, label and stage, leaving out a blank label', () => {
    expect(snapshotName(snapshot())).toBe(`3 March 2026, 12:05 — Acme Bank — ${first!.name}`);
    expect(snapshotName(snapshot({ clientLabel: '  ' }))).not.toContain('—  —');
    expect(snapshotName(snapshot({ clientLabel: '' })).split(' — ')).toHaveLength(2);
  });
});

describe('scoreChart', () => {
  const series = [
    snapshot({ id: 'c', savedAt: localNoon(2026, 8, 1), score: 8, stageName: third!.name }),
    snapshot({ id: 'a', savedAt: localNoon(2026, 2, 1), score: 2 }),
    snapshot({ id: 'b', savedAt: localNoon(2026, 5, 1), score: 5, stageName: second!.name }),
  ];

  it('plots oldest to latest, left to right, higher scores higher', () => {
    const chart = scoreChart(series);
    expect(chart.points.map((p) => p.score)).toEqual([2, 5, 8]);
    const xs = chart.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(chart.plot.left);
    expect(xs.at(-1)).toBe(chart.plot.right);
    const ys = chart.points.map((p) => p.y);
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(ys[1]).toBeGreaterThan(ys[2]!);
    expect(chart.line).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(chart.ticks.map((t) => t.label)).toEqual(['0', '5', '10']);
  });

  it('summarises the series for screen readers', () => {
    expect(scoreChart(series).summary).toBe(
      'Score over time: 3 saved results from 1 March 2026 to 1 September 2026. ' +
        `First 2 of 10 (${first!.name}), latest 8 of 10 (${third!.name}); lowest 2, highest 8. ` +
        'The table below lists every result.',
    );
    expect(scoreChart([series[0]!]).summary).toBe(
      `Score over time: one saved result, 8 of 10 (${third!.name}) on 1 September 2026.`,
    );
    expect(scoreChart([]).summary).toBe('Score over time: no saved results yet.');
  });

  it('keeps every point inside the plot, whatever the scores', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(fc.integer({ min: 1, max: 99 }), fc.nat({ max: 99 }), fc.date({ noInvalidDate: true }))
            .map(([total, score, date]) =>
              snapshot({ total, score: Math.min(score, total), savedAt: date.toISOString() }),
            ),
          { minLength: 1, maxLength: 50 },
        ),
        (snapshots) => {
          const { plot, points } = scoreChart(snapshots);
          for (const p of points) {
            expect(p.x).toBeGreaterThanOrEqual(plot.left);
            expect(p.x).toBeLessThanOrEqual(plot.right);
            expect(p.y).toBeGreaterThanOrEqual(plot.top);
            expect(p.y).toBeLessThanOrEqual(plot.bottom);
          }
        },
      ),
    );
  });
});

describe('describeComparison', () => {
  const [q1, q2] = content.questions;
  const before = snapshot({
    id: 'before',
    answers: { [q1!.id]: 'no', [q2!.id]: 'unsure' },
    cost: { low: 410_000, high: 925_000 },
  });
  const after = snapshot({
    id: 'after',
    savedAt: localNoon(2026, 5, 3),
    answers: { [q1!.id]: 'yes' },
    stageId: second!.id,
    stageName: second!.name,
    score: 3,
    cost: { low: 380_000, high: 1_000_000 },
  });
  const describe_ = (a: Snapshot, b: Snapshot) =>
    describeComparison(compareSnapshots(a, b, content.questions, content.stages), a, b);

  it('says how the stage, score, cost and answers moved', () => {
    expect(describe_(before, after)).toEqual({
      stage: `Moved up from ${first!.name} to ${second!.name}.`,
      score: '2 of 10 to 3 of 10 (+1 Yes).',
      cost: '$410,000 – $925,000 to $380,000 – $1,000,000 (low −$30,000, high +$75,000).',
      answers: '2 answers changed.',
      changes: [
        { questionId: q1!.id, label: q1!.label, text: q1!.text, before: 'No', after: 'Yes' },
        { questionId: q2!.id, label: q2!.label, text: q2!.text, before: 'Not sure', after: 'Not answered' },
      ],
    });
  });

  it.each([
    {
      name: 'down',
      a: after,
      b: before,
      stage: `Moved down from ${second!.name} to ${first!.name}.`,
      score: '3 of 10 to 2 of 10 (−1 Yes).',
    },
    {
      name: 'unchanged',
      a: before,
      b: before,
      stage: `No change: ${first!.name} both times.`,
      score: 'No change: 2 of 10 both times.',
    },
  ])('stage and score: $name', ({ a, b, stage, score }) => {
    const text = describe_(a, b);
    expect(text.stage).toBe(stage);
    expect(text.score).toBe(score);
  });

  it.each([
    {
      a: before,
      b: { ...after, cost: null },
      cost: 'Only the earlier result has a cost estimate, so there is nothing to compare.',
    },
    {
      a: { ...before, cost: null },
      b: after,
      cost: 'Only the later result has a cost estimate, so there is nothing to compare.',
    },
    { a: { ...before, cost: null }, b: { ...after, cost: null }, cost: 'Neither result has a cost estimate.' },
    { a: before, b: { ...after, cost: before.cost }, cost: 'No change: $410,000 – $925,000 both times.' },
  ])('cost: $cost', ({ a, b, cost }) => {
    expect(describe_(a, b).cost).toBe(cost);
  });

  it('orders two snapshots by when they were saved', () => {
    expect(inSavedOrder(after, before)).toEqual([before, after]);
    expect(inSavedOrder(before, after)).toEqual([before, after]);
  });
});
