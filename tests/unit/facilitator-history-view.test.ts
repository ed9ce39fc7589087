import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_SNAPSHOTS,
  compareSnapshots,
  decodeStoredHistory,
  encodeStoredHistory,
  mergeSnapshots,
  type Snapshot,
} from '../../src/domain/history';
import {
  clientKey,
  createSnapshot,
  groupByClient,
  initialClientKey,
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
import { loadPageText } from '../helpers/load-content';
import { answerLabelText } from '../../src/lib/page-text';
import { ANSWER_LABEL_TEXT, HISTORY_VIEW_TEXT } from '../../src/schemas/page-wording';

const content = referenceContent();
// The chart's summary sentences, from content/pages/history.md.
const historyText = loadPageText('history');
const answerText = answerLabelText(loadPageText('assessment'));
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
    expect(snapshotCostText(cost, historyText)).toBe(text);
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
    const chart = scoreChart(series, historyText);
    expect(chart.points.map((p) => p.score)).toEqual([2, 5, 8]);
    const xs = chart.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(chart.plot.left);
    expect(xs.at(-1)).toBe(chart.plot.right);
    const ys = chart.points.map((p) => p.y);
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(ys[1]).toBeGreaterThan(ys[2]!);
    expect(chart.segments).toEqual([
      { x1: xs[0], y1: ys[0], x2: xs[1], y2: ys[1] },
      { x1: xs[1], y1: ys[1], x2: xs[2], y2: ys[2] },
    ]);
    expect(chart.ticks.map((t) => t.label)).toEqual(['0', '5', '10']);
  });

  it('lays x out in percent of the width, so the text need not scale with the picture', () => {
    const { plot, points } = scoreChart(series, historyText);
    expect(plot.left).toBeGreaterThan(0);
    expect(plot.right).toBeLessThan(100);
    for (const p of points) expect(p.x).toBeLessThanOrEqual(100);
  });

  it('dates every point when there are few, else the first and the latest', () => {
    expect(scoreChart(series, historyText).dates.map((d) => [d.label, d.anchor])).toEqual([
      ['1 Mar 2026', 'start'],
      ['1 Jun 2026', 'middle'],
      ['1 Sept 2026', 'end'],
    ]);
    const many = [...series, snapshot({ id: 'd', savedAt: localNoon(2026, 10, 1) })];
    const { dates, points } = scoreChart(many, historyText);
    expect(dates.map((d) => d.label)).toEqual(['1 Mar 2026', '1 Nov 2026']);
    expect(dates.map((d) => d.x)).toEqual([points[0]!.x, points.at(-1)!.x]);
    expect(scoreChart([series[0]!], historyText).dates).toEqual([
      expect.objectContaining({ label: '1 Sept 2026', anchor: 'middle' }),
    ]);
  });

  it('summarises the series for screen readers', () => {
    expect(scoreChart(series, historyText).summary).toBe(
      'Score over time: 3 saved results from 1 March 2026 to 1 September 2026. ' +
        `First 2 of 10 (${first!.name}), latest 8 of 10 (${third!.name}); lowest 2, highest 8. ` +
        'The table below lists every result.',
    );
    expect(scoreChart([series[0]!], historyText).summary).toBe(
      `Score over time: one saved result, 8 of 10 (${third!.name}) on 1 September 2026.`,
    );
    expect(scoreChart([], historyText).summary).toBe('Score over time: no saved results yet.');
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
          const { plot, points } = scoreChart(snapshots, historyText);
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
    describeComparison(compareSnapshots(a, b, content.questions, content.stages), a, b, historyText, answerText);

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

  it("words everything from content: History's words and the answers' labels, none its own", () => {
    // Every key marked: a word describeComparison wrote itself would show unmarked.
    const mark = <T extends Record<string, string>>(text: T, keys: readonly string[]): T =>
      ({ ...text, ...Object.fromEntries(keys.map((key) => [key, `«${key}» ${text[key]}`])) }) as T;
    const text = mark(historyText, Object.keys(HISTORY_VIEW_TEXT));
    const answers = mark(answerText, Object.keys(ANSWER_LABEL_TEXT));
    const words = describeComparison(
      compareSnapshots(before, after, content.questions, content.stages),
      before,
      after,
      text,
      answers,
    );
    expect(words.stage).toBe(`«compare-stage-up» Moved up from ${first!.name} to ${second!.name}.`);
    expect(words.score).toBe('«compare-score-changed» «score-of» 2 of 10 to «score-of» 3 of 10 (+1 Yes).');
    expect(words.cost).toMatch(/^«compare-cost-changed» \$410,000/);
    expect(words.answers).toBe('«compare-answers-many» 2 answers changed.');
    expect(words.changes.map((c) => [c.before, c.after])).toEqual([
      ['«answer-no» No', '«answer-yes» Yes'],
      ['«answer-unsure» Not sure', '«answer-unanswered» Not answered'],
    ]);
    expect(snapshotCostText(null, text)).toBe('«cost-not-estimated» Not estimated');
  });

  it('orders two snapshots by when they were saved', () => {
    expect(inSavedOrder(after, before)).toEqual([before, after]);
    expect(inSavedOrder(before, after)).toEqual([before, after]);
  });
});

describe('clients', () => {
  const at = (month: number, clientLabel: string, id: string) =>
    snapshot({ id, clientLabel, savedAt: localNoon(2026, month, 1) });

  it('treats labels differing only in case and spacing as one client', () => {
    expect(clientKey('  Acme   Bank ')).toBe(clientKey('acme bank'));
    expect(clientKey('')).toBe('');
    expect(clientKey('Acme')).not.toBe(clientKey('Acme Bank'));
  });

  it('groups results by client, the client saved most recently first, each oldest first', () => {
    const groups = groupByClient(
      [
        at(1, 'Acme Bank', 'a1'),
        at(2, 'Globex', 'g1'),
        at(3, 'acme bank ', 'a2'),
        at(4, '', 'n1'),
        at(0, 'Globex', 'g0'),
      ],
      historyText['no-client-label'],
    );
    expect(historyText['no-client-label']).toBe('No client label');
    expect(groups.map((g) => [g.label, g.snapshots.map((s) => s.id)])).toEqual([
      [historyText['no-client-label'], ['n1']],
      ['acme bank', ['a1', 'a2']],
      ['Globex', ['g0', 'g1']],
    ]);
  });

  it.each([
    { label: 'Globex', expected: 'globex' },
    { label: ' ACME bank', expected: 'acme bank' },
    { label: 'Initech', expected: null },
    { label: '', expected: null },
  ])('opens on the session client "$label" when it has results, else all: $expected', ({ label, expected }) => {
    const groups = groupByClient([at(1, 'Acme Bank', 'a'), at(2, 'Globex', 'g')], historyText['no-client-label']);
    expect(initialClientKey(groups, label)).toBe(expected);
  });

  it('opens on the only client there is', () => {
    expect(initialClientKey(groupByClient([at(1, 'Acme Bank', 'a')], historyText['no-client-label']), 'Globex')).toBe(
      'acme bank',
    );
  });

  it('names results without a client label in history.md’s words (no-client-label)', () => {
    const [group] = groupByClient([at(1, '  ', 'n1')], 'Zonder klant');
    expect(group?.label).toBe('Zonder klant');
  });
});

describe('mergeSnapshots', () => {
  const at = (month: number, id: string, overrides: Partial<Snapshot> = {}) =>
    snapshot({ id, savedAt: localNoon(2026, month, 1), ...overrides });

  it('keeps both sides, oldest first, and counts what it added and skipped', () => {
    const here = [at(0, 'a'), at(2, 'c')];
    const merge = mergeSnapshots(here, [at(1, 'b'), at(2, 'c'), at(3, 'd')]);
    expect(merge.snapshots.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merge).toMatchObject({ added: 2, duplicates: 1, overCap: 0 });
  });

  it("keeps the device's copy of a duplicate id, even when the file's differs", () => {
    const merge = mergeSnapshots([at(0, 'a', { score: 1 })], [at(0, 'a', { score: 9 })]);
    expect(merge.snapshots.map((s) => s.score)).toEqual([1]);
  });

  it('recognises the same result under another id, but not a different client at the same time', () => {
    const here = [at(0, 'a', { clientLabel: 'Acme Bank' })];
    expect(mergeSnapshots(here, [at(0, 'x', { clientLabel: ' acme bank' })]).duplicates).toBe(1);
    expect(mergeSnapshots(here, [at(0, 'y', { clientLabel: 'Globex' })]).added).toBe(1);
  });

  it('never holds more than the limit, leaving out the oldest', () => {
    const here = Array.from({ length: MAX_SNAPSHOTS }, (_, i) => at(1, `h${i}`, { score: i % 11 }));
    const merge = mergeSnapshots(
      here.map((s, i) => ({ ...s, savedAt: new Date(Date.UTC(2026, 1, 1 + i)).toISOString() })),
      [at(0, 'old'), snapshot({ id: 'new', savedAt: new Date(Date.UTC(2027, 0, 1)).toISOString() })],
    );
    expect(merge.snapshots).toHaveLength(MAX_SNAPSHOTS);
    expect(merge.overCap).toBe(2);
    expect(merge.snapshots.at(-1)!.id).toBe('new');
    expect(merge.snapshots.map((s) => s.id)).not.toContain('old');
  });
});
