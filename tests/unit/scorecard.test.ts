import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SCORECARD,
  decodeStoredScorecard,
  encodeStoredScorecard,
  outcomeProblems,
  parseMetricNumber,
  scorecardAnswerOffer,
  scorecardProblems,
  stopConditionProblems,
  type ScorecardState,
} from '../../src/domain/scorecard';
import { documentsReportContent, scorecardContent as content } from './documents-fixtures';

// The page's words, as /scorecard/ passes them (content/pages/scorecard.md and documents.md).
const text = documentsReportContent.text.scorecard;

const COMPLETE: ScorecardState = {
  programme: 'Disputes',
  metric: 'Handling time',
  unit: 'minutes per case',
  baseline: '14',
  baselineMeasuredOn: '2026-11-30',
  target: '9',
  targetDate: '2027-06-30',
  cadence: 'Monthly',
  stopResult: 'Still above 12 minutes',
  stopDate: '2027-03-31',
  stopAction: 'rescope',
  signOffs: {
    'programme-sponsor': { name: 'Dana', date: '2027-01-15' },
    'finance-partner': { name: 'Priya', date: '2027-01-16' },
  },
  notes: '',
};

const messages = (state: Partial<ScorecardState>) =>
  scorecardProblems(content, { ...COMPLETE, ...state }, text).map((p) => p.message);

describe('parseMetricNumber', () => {
  it.each([
    ['14', 14],
    [' 3.5 ', 3.5],
    ['-2', -2],
    ['1,200', 1200],
    ['1,2', null],
    ['ten', null],
    ['', null],
    ['1e3', null],
  ])('%j → %s', (text, value) => expect(parseMetricNumber(text)).toBe(value));
});

describe('scorecard validation', () => {
  it('a complete scorecard has no problems', () => {
    expect(scorecardProblems(content, COMPLETE, text)).toEqual([]);
  });

  it('an empty one lists every part, in page order', () => {
    expect(scorecardProblems(content, EMPTY_SCORECARD, text).map((p) => p.field)).toEqual([
      'programme',
      'metric',
      'unit',
      'baseline',
      'baselineMeasuredOn',
      'target',
      'targetDate',
      'cadence',
      'stopResult',
      'stopDate',
      'stopAction',
      'signOffs.programme-sponsor.name',
      'signOffs.programme-sponsor.date',
      'signOffs.finance-partner.name',
      'signOffs.finance-partner.date',
    ]);
  });

  it.each([
    [{ baseline: '' }, 'There is a target without a baseline: enter the baseline, measured before build starts'],
    [{ target: '' }, 'There is a baseline without a target: enter the value the metric must reach'],
    [{ baseline: 'fourteen' }, 'The baseline must be a number, like 14 or 3.5'],
    [{ target: '14' }, 'The target must differ from the baseline'],
    [{ targetDate: '2026-11-30' }, 'The target date must be after the day the baseline was measured'],
    [{ stopDate: '2027-13-01' }, 'The stop condition’s date must be a real date, written like 2027-01-15'],
    [{ cadence: 'Hourly' }, 'Choose how often the scorecard is reviewed'],
    [{ stopAction: '' as const }, 'Choose whether the stop condition ends or rescopes the programme'],
  ])('%j → %s', (change, message) => {
    expect(messages(change)).toEqual([message]);
  });

  it('problems are the union of the parts’ problems, for any mix of blanked fields', () => {
    const fields = [
      'metric',
      'unit',
      'baseline',
      'baselineMeasuredOn',
      'target',
      'targetDate',
      'stopResult',
      'stopDate',
    ] as const;
    fc.assert(
      fc.property(fc.subarray([...fields]), (blanked) => {
        const state = { ...COMPLETE, ...Object.fromEntries(blanked.map((f) => [f, ''])) };
        const all = scorecardProblems(content, state, text);
        expect(all).toEqual([...outcomeProblems(state, text), ...stopConditionProblems(state, text)]);
        expect(new Set(all.map((p) => p.field))).toEqual(new Set(blanked));
      }),
    );
  });
});

describe('mapping to the diagnostic', () => {
  it('offers outcome-metric and stop-condition once complete, leaving out any already Yes', () => {
    expect(scorecardAnswerOffer(content, COMPLETE, {}, text)).toEqual(['outcome-metric', 'stop-condition']);
    expect(scorecardAnswerOffer(content, COMPLETE, { 'outcome-metric': 'yes', 'stop-condition': 'no' }, text)).toEqual([
      'stop-condition',
    ]);
    expect(scorecardAnswerOffer(content, COMPLETE, { 'outcome-metric': 'yes', 'stop-condition': 'yes' }, text)).toEqual(
      [],
    );
  });

  it('offers nothing while anything is missing, sign-offs included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<keyof ScorecardState>('metric', 'baseline', 'stopResult', 'cadence', 'programme'),
        (field) => {
          expect(scorecardAnswerOffer(content, { ...COMPLETE, [field]: '' }, {}, text)).toEqual([]);
        },
      ),
    );
    expect(scorecardAnswerOffer(content, { ...COMPLETE, signOffs: {} }, {}, text)).toEqual([]);
  });
});

describe('stored scorecard', () => {
  it('round-trips, and drops unreadable fields one by one', () => {
    expect(decodeStoredScorecard(encodeStoredScorecard(COMPLETE), content).state).toEqual(COMPLETE);
    const decoded = decodeStoredScorecard(JSON.stringify({ v: 1, metric: 7, unit: 'u', stopAction: 'maybe' }), content);
    expect(decoded).toMatchObject({ dropped: 2, state: { metric: '', unit: 'u', stopAction: '' } });
  });

  it('never throws on any input', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void decodeStoredScorecard(text, content)));
  });
});
