/**
 * The day-one scorecard: one outcome metric with unit, baseline (and when it was measured),
 * target and date, a review cadence, a written stop condition, and sign-off by the programme
 * sponsor and the finance partner. Validation says what is missing; the mapping says which
 * diagnostic questions a complete scorecard answers Yes. Pure; imported by the /scorecard/ island.
 */
import { answerOf, type Answers } from './answers';
import { OUTCOME_METRIC_QUESTION, STOP_CONDITION_QUESTION } from './document-questions';
import { isCalendarDay } from './calendar-day';
import type { Id } from './content-types';
import type { FieldProblem, ScorecardContent } from './document-types';
import { MAX_DOCUMENT_NOTE_LENGTH } from './invariant-check';
import { MAX_NAME_LENGTH, readSignOffs, signOffProblems, type SignOffs } from './sign-off';
import { FieldReader, parseStoredEnvelope, type StoredProblem } from './stored-json';
import type { ScorecardWordingText, SignOffProblemText } from '../schemas/page-wording';

export const SCORECARD_VERSION = 1;
export const MAX_SHORT_TEXT_LENGTH = 120;
export const MAX_NUMBER_LENGTH = 20;
export const MAX_STOP_RESULT_LENGTH = 300;
export const MAX_STORED_SCORECARD_LENGTH = 16 * 1024;

export { OUTCOME_METRIC_QUESTION, STOP_CONDITION_QUESTION };

export const STOP_ACTIONS = ['end', 'rescope'] as const;
export type StopAction = (typeof STOP_ACTIONS)[number];

/** The scorecard's words (content/pages/scorecard.md) and the sign-off problems (documents.md). */
export type ScorecardWording = ScorecardWordingText & SignOffProblemText;

/** What the stop condition does, as content/pages/scorecard.md names it. */
export function stopActionLabel(text: ScorecardWordingText, action: StopAction): string {
  return text[`stop-action-${action}`];
}

export interface ScorecardState {
  programme: string;
  metric: string;
  unit: string;
  /** Numbers are kept as typed, so a half-typed "3." is never lost; validation reads them. */
  baseline: string;
  baselineMeasuredOn: string;
  target: string;
  targetDate: string;
  cadence: string;
  stopResult: string;
  stopDate: string;
  stopAction: StopAction | '';
  signOffs: SignOffs;
  notes: string;
}

export const EMPTY_SCORECARD: ScorecardState = {
  programme: '',
  metric: '',
  unit: '',
  baseline: '',
  baselineMeasuredOn: '',
  target: '',
  targetDate: '',
  cadence: '',
  stopResult: '',
  stopDate: '',
  stopAction: '',
  signOffs: {},
  notes: '',
};

/** The free-text fields and the most characters each may hold (the stored shape refuses more). */
export const SCORECARD_TEXT_LIMITS = {
  programme: MAX_NAME_LENGTH,
  metric: MAX_SHORT_TEXT_LENGTH,
  unit: MAX_SHORT_TEXT_LENGTH,
  baseline: MAX_NUMBER_LENGTH,
  baselineMeasuredOn: 10,
  target: MAX_NUMBER_LENGTH,
  targetDate: 10,
  cadence: MAX_SHORT_TEXT_LENGTH,
  stopResult: MAX_STOP_RESULT_LENGTH,
  stopDate: 10,
  notes: MAX_DOCUMENT_NOTE_LENGTH,
} as const satisfies Partial<Record<keyof ScorecardState, number>>;

export type ScorecardTextField = keyof typeof SCORECARD_TEXT_LIMITS;

/** Plain decimal numbers, as a person writes them: "14", "-2.5", "1,200". */
export function parseMetricNumber(text: string): number | null {
  const cleaned = text.trim().replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

function dayProblem(field: string, text: string, missing: string, notADay: string): FieldProblem | null {
  if (!text.trim()) return { field, message: missing };
  if (!isCalendarDay(text)) return { field, message: notADay };
  return null;
}

/** The outcome-metric part: metric, unit, baseline and when, target and by when. */
export function outcomeProblems(state: ScorecardState, text: ScorecardWordingText): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [];
  if (!state.metric.trim()) problems.push({ field: 'metric', message: text['problem-metric'] });
  if (!state.unit.trim()) problems.push({ field: 'unit', message: text['problem-unit'] });
  const baseline = parseMetricNumber(state.baseline);
  const target = parseMetricNumber(state.target);
  if (!state.baseline.trim())
    problems.push({
      field: 'baseline',
      message: state.target.trim() ? text['problem-baseline-without'] : text['problem-baseline'],
    });
  else if (baseline === null) problems.push({ field: 'baseline', message: text['problem-baseline-number'] });
  problems.push(
    dayProblem(
      'baselineMeasuredOn',
      state.baselineMeasuredOn,
      text['problem-measured-on'],
      text['problem-measured-on-date'],
    ),
  );
  if (!state.target.trim())
    problems.push({
      field: 'target',
      message: state.baseline.trim() ? text['problem-target-without'] : text['problem-target'],
    });
  else if (target === null) problems.push({ field: 'target', message: text['problem-target-number'] });
  else if (baseline !== null && target === baseline)
    problems.push({ field: 'target', message: text['problem-target-same'] });
  const targetDay = dayProblem(
    'targetDate',
    state.targetDate,
    text['problem-target-date'],
    text['problem-target-date-date'],
  );
  if (targetDay) problems.push(targetDay);
  else if (isCalendarDay(state.baselineMeasuredOn) && state.targetDate.trim() <= state.baselineMeasuredOn.trim())
    problems.push({ field: 'targetDate', message: text['problem-target-date-order'] });
  return problems.filter((p) => p !== null);
}

/** The stop-condition part: what result, by what date, and whether it ends or rescopes. */
export function stopConditionProblems(state: ScorecardState, text: ScorecardWordingText): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [];
  if (!state.stopResult.trim())
    problems.push({
      field: 'stopResult',
      message: text['problem-stop-result'],
    });
  problems.push(dayProblem('stopDate', state.stopDate, text['problem-stop-date'], text['problem-stop-date-date']));
  if (!state.stopAction) problems.push({ field: 'stopAction', message: text['problem-stop-action'] });
  return problems.filter((p) => p !== null);
}

/** Every problem, in page order. */
export function scorecardProblems(
  content: ScorecardContent,
  state: ScorecardState,
  text: ScorecardWording,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!state.programme.trim()) problems.push({ field: 'programme', message: text['problem-programme'] });
  problems.push(...outcomeProblems(state, text));
  if (!content.cadences.includes(state.cadence)) problems.push({ field: 'cadence', message: text['problem-cadence'] });
  problems.push(...stopConditionProblems(state, text));
  problems.push(...signOffProblems(content.signOffRoles, state.signOffs, text));
  return problems;
}

/**
 * The diagnostic questions a complete scorecard answers Yes that are not Yes yet, in question
 * order. Empty until the whole scorecard (sign-offs included) is complete: an unsigned scorecard
 * is not yet an agreed one.
 */
export function scorecardAnswerOffer(
  content: ScorecardContent,
  state: ScorecardState,
  answers: Answers,
  text: ScorecardWording,
): Id[] {
  if (scorecardProblems(content, state, text).length > 0) return [];
  return [OUTCOME_METRIC_QUESTION, STOP_CONDITION_QUESTION].filter((id) => answerOf(answers, id) !== 'yes');
}

export function encodeStoredScorecard(state: ScorecardState): string {
  return JSON.stringify({ v: SCORECARD_VERSION, ...state });
}

export function decodeStoredScorecard(
  text: string | null,
  content: Pick<ScorecardContent, 'signOffRoles'>,
): { state: ScorecardState | null; problem: StoredProblem | null; dropped: number } {
  const { data, problem } = parseStoredEnvelope(text, SCORECARD_VERSION, MAX_STORED_SCORECARD_LENGTH);
  if (!data) return { state: null, problem, dropped: 0 };
  const read = new FieldReader();
  const texts = Object.fromEntries(
    Object.entries(SCORECARD_TEXT_LIMITS).map(([field, max]) => [field, read.text(data[field], max)]),
  ) as Record<ScorecardTextField, string>;
  const state: ScorecardState = {
    ...texts,
    stopAction: data.stopAction === '' ? '' : (read.choice(data.stopAction, STOP_ACTIONS) ?? ''),
    signOffs: readSignOffs(
      read,
      data.signOffs,
      content.signOffRoles.map((r) => r.id),
    ),
  };
  return { state, problem: null, dropped: read.dropped };
}
