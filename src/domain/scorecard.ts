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

export const SCORECARD_VERSION = 1;
export const MAX_SHORT_TEXT_LENGTH = 120;
export const MAX_NUMBER_LENGTH = 20;
export const MAX_STOP_RESULT_LENGTH = 300;
export const MAX_STORED_SCORECARD_LENGTH = 16 * 1024;

export { OUTCOME_METRIC_QUESTION, STOP_CONDITION_QUESTION };

export const STOP_ACTIONS = ['end', 'rescope'] as const;
export type StopAction = (typeof STOP_ACTIONS)[number];
export const STOP_ACTION_LABELS: Record<StopAction, string> = {
  end: 'Ends the programme',
  rescope: 'Rescopes the programme',
};

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

function dayProblem(field: string, text: string, missing: string, what: string): FieldProblem | null {
  if (!text.trim()) return { field, message: missing };
  if (!isCalendarDay(text)) return { field, message: `${what} must be a real date, written like 2027-01-15` };
  return null;
}

/** The outcome-metric part: metric, unit, baseline and when, target and by when. */
export function outcomeProblems(state: ScorecardState): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [];
  if (!state.metric.trim()) problems.push({ field: 'metric', message: 'Enter the outcome metric, in a few words' });
  if (!state.unit.trim())
    problems.push({ field: 'unit', message: 'Enter the metric’s unit, for example minutes per case' });
  const baseline = parseMetricNumber(state.baseline);
  const target = parseMetricNumber(state.target);
  if (!state.baseline.trim())
    problems.push({
      field: 'baseline',
      message: state.target.trim()
        ? 'There is a target without a baseline: enter the baseline, measured before build starts'
        : 'Enter the baseline: the metric’s value today',
    });
  else if (baseline === null)
    problems.push({ field: 'baseline', message: 'The baseline must be a number, like 14 or 3.5' });
  problems.push(
    dayProblem(
      'baselineMeasuredOn',
      state.baselineMeasuredOn,
      'Enter when the baseline was measured, for example 2026-11-30',
      'The day the baseline was measured',
    ),
  );
  if (!state.target.trim())
    problems.push({
      field: 'target',
      message: state.baseline.trim()
        ? 'There is a baseline without a target: enter the value the metric must reach'
        : 'Enter the target: the value the metric must reach',
    });
  else if (target === null) problems.push({ field: 'target', message: 'The target must be a number, like 9 or 2.5' });
  else if (baseline !== null && target === baseline)
    problems.push({ field: 'target', message: 'The target must differ from the baseline' });
  const targetDay = dayProblem(
    'targetDate',
    state.targetDate,
    'Enter the date by which the target must be reached',
    'The target date',
  );
  if (targetDay) problems.push(targetDay);
  else if (isCalendarDay(state.baselineMeasuredOn) && state.targetDate.trim() <= state.baselineMeasuredOn.trim())
    problems.push({ field: 'targetDate', message: 'The target date must be after the day the baseline was measured' });
  return problems.filter((p) => p !== null);
}

/** The stop-condition part: what result, by what date, and whether it ends or rescopes. */
export function stopConditionProblems(state: ScorecardState): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [];
  if (!state.stopResult.trim())
    problems.push({
      field: 'stopResult',
      message: 'Write the stop condition: the result that ends or rescopes the programme',
    });
  problems.push(
    dayProblem('stopDate', state.stopDate, 'Enter the date by which that result is judged', 'The stop-condition date'),
  );
  if (!state.stopAction)
    problems.push({ field: 'stopAction', message: 'Choose whether the stop condition ends or rescopes the programme' });
  return problems.filter((p) => p !== null);
}

/** Every problem, in page order. */
export function scorecardProblems(content: ScorecardContent, state: ScorecardState): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!state.programme.trim()) problems.push({ field: 'programme', message: 'Enter the name of the programme' });
  problems.push(...outcomeProblems(state));
  if (!content.cadences.includes(state.cadence))
    problems.push({ field: 'cadence', message: 'Choose how often the scorecard is reviewed' });
  problems.push(...stopConditionProblems(state));
  problems.push(...signOffProblems(content.signOffRoles, state.signOffs));
  return problems;
}

/**
 * The diagnostic questions a complete scorecard answers Yes that are not Yes yet, in question
 * order. Empty until the whole scorecard (sign-offs included) is complete: an unsigned scorecard
 * is not yet an agreed one.
 */
export function scorecardAnswerOffer(content: ScorecardContent, state: ScorecardState, answers: Answers): Id[] {
  if (scorecardProblems(content, state).length > 0) return [];
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
