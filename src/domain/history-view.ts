/**
 * What "Save this result" and the history page show, computed from snapshots: a new snapshot, the
 * export file names, results grouped by client, each client's score-over-time chart and a
 * comparison in words. Pure functions; the components only render what these return.
 *
 * Imported by the client islands: keep it light (no zod, no content loading).
 */
import type { Id } from './content-types';
import type { Answers } from './answers';
import type { Snapshot, SnapshotComparison } from './history';
import type { SnapshotParts } from './snapshot-parts';
import { formatLongDate, formatShortDate, formatTime, localIsoDate } from './dates';
import { formatMoneyRange, formatSignedMoney } from './format';
import { answerLabel } from './answer-labels';
import { counted, fillSlots } from './fill-slots';
import type { AnswerLabelText, HistoryViewText, IslandText } from '../schemas/page-wording';

/**
 * ISO times ("2026-11-03T14:05:00.000Z") in order, oldest first. Compared as plain strings, which
 * orders them by time: localeCompare would build a collator (locale data) to the same effect.
 */
export const compareIsoTimes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Saved results, oldest first. */
export const bySavedAt = (a: { savedAt: string }, b: { savedAt: string }) => compareIsoTimes(a.savedAt, b.savedAt);

/** The score chart's summary sentences, from content/pages/history.md (`text`). */
export type ScoreChartText = Pick<
  IslandText<'history'>,
  'chart-summary-none' | 'chart-summary-one' | 'chart-summary-many' | 'score-of'
>;

// ---------- Creating a snapshot ----------

export interface SnapshotSource {
  answers: Answers;
  stage: { id: Id; name: string };
  score: number;
  total: number;
  clientLabel: string;
  /** Year-one range in whole US dollars, or null when the cost calculator was not used. */
  cost: { low: number; high: number } | null;
  /** What the documents and decisions show (snapshot-parts.ts); left out, the snapshot records none. */
  parts?: SnapshotParts;
}

/** The longest label a stored snapshot may carry (history.ts refuses longer ones, as the session does). */
const SNAPSHOT_LABEL_MAX = 120;

/** A snapshot of what the user sees now. The label is trimmed and capped, so the snapshot always stores. */
export function createSnapshot(source: SnapshotSource, savedAt: Date, id: string): Snapshot {
  return {
    id,
    savedAt: savedAt.toISOString(),
    clientLabel: source.clientLabel.trim().slice(0, SNAPSHOT_LABEL_MAX),
    answers: { ...source.answers },
    stageId: source.stage.id,
    stageName: source.stage.name,
    score: source.score,
    total: source.total,
    cost: source.cost ? { low: source.cost.low, high: source.cost.high } : null,
    ...(source.parts && { parts: structuredClone(source.parts) }),
  };
}

/** A snapshot id from random bytes: URL-safe, 16 characters, matching the stored id pattern. */
export function snapshotId(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = '';
  for (const byte of bytes.subarray(0, 16)) id += alphabet[byte % 64];
  return id || '0';
}

// ---------- Dates and file names ----------

export type ExportKind = 'session' | 'history';

/** `readiness-session-2026-03-01.json` or `readiness-history-2026-03-01.json`. */
export function exportFileName(kind: ExportKind, date: Date): string {
  return `readiness-${kind}-${localIsoDate(date)}.json`;
}

/** "3 March 2026". */
export function formatSavedDate(iso: string): string {
  return formatLongDate(new Date(iso));
}

/** "3 March 2026, 14:05": several results may be saved on one day. */
export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  return `${formatLongDate(date)}, ${formatTime(date)}`;
}

/** How a snapshot is named in lists and menus: "3 March 2026, 14:05 — Acme Bank — Distributed delivery". */
export function snapshotName(snapshot: Snapshot): string {
  return [formatSavedAt(snapshot.savedAt), snapshot.clientLabel.trim(), snapshot.stageName].filter(Boolean).join(' — ');
}

export function snapshotCostText(cost: Snapshot['cost'], text: Pick<HistoryViewText, 'cost-not-estimated'>): string {
  return cost ? formatMoneyRange(cost.low, cost.high, 'USD') : text['cost-not-estimated'];
}

// ---------- Clients ----------

/**
 * The client a snapshot belongs to, as a key: its label with case and spacing ignored, so
 * "Acme Bank" and " acme  bank" are one client. Unlabelled snapshots share the key "".
 */
export function clientKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface ClientGroup {
  /** clientKey() of the label; "" for unlabelled results. */
  key: string;
  /** The label as last saved, or the name given for results without one. */
  label: string;
  /** Oldest first. */
  snapshots: Snapshot[];
}

/** Saved results grouped by client, the client saved most recently first. */
export function groupByClient(
  snapshots: readonly Snapshot[],
  /** The name of results saved without a client label: history.md's `no-client-label`. */
  noClientLabel: string,
): ClientGroup[] {
  const ordered = [...snapshots].sort(bySavedAt);
  const groups = new Map<string, ClientGroup>();
  for (const snapshot of ordered) {
    const key = clientKey(snapshot.clientLabel);
    const group = groups.get(key) ?? { key, label: '', snapshots: [] };
    group.snapshots.push(snapshot);
    group.label = snapshot.clientLabel.trim().replace(/\s+/g, ' ') || noClientLabel;
    groups.set(key, group);
  }
  const latest = (g: ClientGroup) => g.snapshots.at(-1)?.savedAt ?? '';
  return [...groups.values()].sort((a, b) => compareIsoTimes(latest(b), latest(a)));
}

/**
 * Which client the history page opens on: the current session's client when it has saved results
 * (so after New session the previous client's results are not what the next one sees), else every
 * client (null). With a single client there is nothing to choose, so that one.
 */
export function initialClientKey(groups: readonly ClientGroup[], sessionLabel: string): string | null {
  if (groups.length === 1) return groups[0]!.key;
  const key = clientKey(sessionLabel);
  return key && groups.some((g) => g.key === key) ? key : null;
}

// ---------- Score over time ----------

export interface ChartPoint {
  /** Percent of the chart's width. */
  x: number;
  /** Pixels from the top. */
  y: number;
  score: number;
  total: number;
}

export interface ScoreChart {
  /** Pixels; the chart is as wide as its container and only the x positions stretch. */
  height: number;
  /** The plot area: left and right in percent of the width, top and bottom in pixels. */
  plot: { left: number; right: number; top: number; bottom: number };
  points: ChartPoint[];
  /** Straight lines joining the points, oldest first (percent x, pixel y, like the points). */
  segments: { x1: number; y1: number; x2: number; y2: number }[];
  /** Horizontal grid lines with their labels (0, half, all). */
  ticks: { y: number; label: string }[];
  /** Dates under the points: every one when few, else the first and the latest. */
  dates: { x: number; y: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** The chart in one or two sentences, for its aria-label. */
  summary: string;
}

// Positions across are percentages and down are pixels, so the chart fills any width while its
// text stays at the page's own size instead of shrinking and growing with the picture.
const CHART = { height: 210, left: 9, right: 95, top: 14, bottom: 170, datesY: 198 };
/** Up to this many results, every point gets its date; beyond it only the first and latest do. */
const ALL_DATES_UP_TO = 3;

/**
 * The score of each snapshot (oldest first), evenly spaced left to right. Scores are plotted as a
 * share of their own total, so a snapshot taken when the diagnostic had a different number of
 * questions still sits on the same scale; the ticks use the latest total.
 */
export function scoreChart(snapshots: readonly Snapshot[], text: ScoreChartText): ScoreChart {
  const ordered = [...snapshots].sort(bySavedAt);
  const plot = { left: CHART.left, right: CHART.right, top: CHART.top, bottom: CHART.bottom };
  const span = plot.right - plot.left;
  const yOf = (fraction: number) => round(plot.bottom - fraction * (plot.bottom - plot.top));
  const points = ordered.map((s, i) => ({
    x: round(ordered.length === 1 ? plot.left + span / 2 : plot.left + (span * i) / (ordered.length - 1)),
    y: yOf(s.total > 0 ? s.score / s.total : 0),
    score: s.score,
    total: s.total,
  }));
  const latestTotal = ordered.at(-1)?.total ?? 10;
  const half = latestTotal / 2;
  const dated = ordered.length <= ALL_DATES_UP_TO ? ordered.map((_, i) => i) : [0, ordered.length - 1];
  return {
    height: CHART.height,
    plot,
    points,
    segments: points.slice(1).map((p, i) => ({ x1: points[i]!.x, y1: points[i]!.y, x2: p.x, y2: p.y })),
    ticks: [
      { y: yOf(0), label: '0' },
      { y: yOf(0.5), label: Number.isInteger(half) ? String(half) : half.toFixed(1) },
      { y: yOf(1), label: String(latestTotal) },
    ],
    dates: dated.map((i) => ({
      x: points[i]!.x,
      y: CHART.datesY,
      label: formatShortDate(new Date(ordered[i]!.savedAt)),
      anchor: ordered.length === 1 ? 'middle' : i === 0 ? 'start' : i === ordered.length - 1 ? 'end' : 'middle',
    })),
    summary: chartSummary(ordered, text),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function chartSummary(ordered: readonly Snapshot[], text: ScoreChartText): string {
  const first = ordered[0];
  const last = ordered.at(-1);
  if (!first || !last) return text['chart-summary-none'];
  if (ordered.length === 1)
    return fillSlots(text['chart-summary-one'], {
      score: snapshotScoreText(first, text),
      stage: first.stageName,
      date: formatSavedDate(first.savedAt),
    });
  const scores = ordered.map((s) => s.score);
  return fillSlots(text['chart-summary-many'], {
    count: ordered.length,
    from: formatSavedDate(first.savedAt),
    to: formatSavedDate(last.savedAt),
    first: snapshotScoreText(first, text),
    'first-stage': first.stageName,
    latest: snapshotScoreText(last, text),
    'latest-stage': last.stageName,
    lowest: Math.min(...scores),
    highest: Math.max(...scores),
  });
}

// ---------- Comparing two snapshots ----------

/** The earlier and later of two snapshots, whichever order they were picked in. */
export function inSavedOrder(a: Snapshot, b: Snapshot): [Snapshot, Snapshot] {
  return a.savedAt <= b.savedAt ? [a, b] : [b, a];
}

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : text);

/** "6 of 10": a saved result's score, as the menus, the table and the comparison print it. */
export const snapshotScoreText = (
  snapshot: Pick<Snapshot, 'score' | 'total'>,
  text: Pick<HistoryViewText, 'score-of'>,
) => fillSlots(text['score-of'], { score: snapshot.score, total: snapshot.total });

export interface ComparisonText {
  stage: string;
  score: string;
  cost: string;
  answers: string;
  /** Each changed question, in question order. */
  changes: { questionId: Id; label: string; text: string; before: string; after: string }[];
}

/**
 * The comparison in words; `before` and `after` are the snapshots compared, in saved order. The
 * words are content's: History's (`text`) and the answers' labels (assessment.md's).
 */
export function describeComparison(
  comparison: SnapshotComparison,
  before: Snapshot,
  after: Snapshot,
  text: HistoryViewText,
  answerText: AnswerLabelText,
): ComparisonText {
  const { stage, scoreDelta, costDelta, changedAnswers } = comparison;
  const stageText =
    stage.direction === 'up'
      ? fillSlots(text['compare-stage-up'], { before: stage.before, after: stage.after })
      : stage.direction === 'down'
        ? fillSlots(text['compare-stage-down'], { before: stage.before, after: stage.after })
        : stage.before === stage.after
          ? fillSlots(text['compare-stage-same'], { stage: stage.after })
          : fillSlots(text['compare-stage-renamed'], { before: stage.before, after: stage.after });
  const points = Math.abs(scoreDelta);
  const scoreText =
    scoreDelta === 0
      ? fillSlots(text['compare-score-same'], { score: snapshotScoreText(after, text) })
      : fillSlots(text['compare-score-changed'], {
          before: snapshotScoreText(before, text),
          after: snapshotScoreText(after, text),
          change: signed(scoreDelta, `${points}`),
        });
  let costText: string;
  if (costDelta && before.cost && after.cost) {
    costText =
      costDelta.low === 0 && costDelta.high === 0
        ? fillSlots(text['compare-cost-same'], { cost: snapshotCostText(after.cost, text) })
        : fillSlots(text['compare-cost-changed'], {
            before: snapshotCostText(before.cost, text),
            after: snapshotCostText(after.cost, text),
            low: formatSignedMoney(costDelta.low, 'USD'),
            high: formatSignedMoney(costDelta.high, 'USD'),
          });
  } else if (before.cost || after.cost) {
    costText = text[before.cost ? 'compare-cost-only-earlier' : 'compare-cost-only-later'];
  } else {
    costText = text['compare-cost-neither'];
  }
  const n = changedAnswers.length;
  return {
    stage: stageText,
    score: scoreText,
    cost: costText,
    answers: n === 0 ? text['compare-answers-none'] : counted(text, 'compare-answers', n),
    changes: changedAnswers.map((change) => ({
      questionId: change.question.id,
      label: change.question.label,
      text: change.question.text,
      before: answerLabel(answerText, change.before),
      after: answerLabel(answerText, change.after),
    })),
  };
}
