import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Answers } from '../../domain/answers';
import type { CostContext } from '../../domain/cost-state';
import type { FieldProblem } from '../../domain/document-types';
import {
  OUTCOME_METRIC_QUESTION,
  SCORECARD_TEXT_LIMITS,
  STOP_CONDITION_QUESTION,
  STOP_ACTIONS,
  STOP_ACTION_LABELS,
  scorecardAnswerOffer,
  scorecardProblems,
  type ScorecardTextField,
} from '../../domain/scorecard';
import {
  $scorecard,
  $scorecardLoaded,
  initScorecard,
  setScorecardSignOff,
  setScorecardText,
  setStopAction,
} from '../../stores/scorecard';
import { initSession } from '../../stores/session';
import { ErrorSummary } from '../assessment/ErrorSummary';
import { Notices } from '../common/Notices';
import { ChoiceRadios } from '../documents/ChoiceRadios';
import { DocumentDownload } from '../documents/DocumentDownload';
import { DocumentField } from '../documents/DocumentField';
import { SignOffFieldset } from '../documents/SignOffFieldset';
import { DocumentNotes } from '../documents/DocumentNotes';
import { documentFieldId } from '../documents/field-id';
import type { DiagnosticLink } from './diagnostic-link';
import type { ScorecardProps } from './scorecard-props';

const id = (path: string) => documentFieldId('scorecard', path);

/** The /scorecard/ island: the day-one scorecard builder. */
export function ScorecardApp({ content, questionIds, questionLabels, cost, text: pdfText }: ScorecardProps) {
  const state = useStore($scorecard);
  const loaded = useStore($scorecardLoaded);
  const [link, setLink] = useState<DiagnosticLink | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  /** The problems found by the last "Check", or null before the first. */
  const [checked, setChecked] = useState<FieldProblem[] | null>(null);
  const [marked, setMarked] = useState<string[]>([]);
  const costContext = useMemo<CostContext>(
    () => ({
      content: { questions: [], stages: [], costLines: cost.costLines, assumptions: cost.assumptions },
      removableLineIds: cost.removableLineIds,
    }),
    [cost],
  );

  // Saved data is read after hydration, so the server HTML (an empty scorecard) hydrates as is.
  useEffect(() => {
    initSession(questionIds, window.location.search);
    initScorecard(content);
    let live = true;
    void import('./diagnostic-link').then(({ connectDiagnostic }) => {
      if (!live) return;
      const connected = connectDiagnostic(questionIds, costContext);
      setLink(connected);
      setAnswers(connected.answers());
    });
    return () => {
      live = false;
    };
  }, [content, questionIds, costContext]);
  const unitCost = link?.unitCost ?? null;

  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (loaded && root.current) root.current.dataset.ready = 'true';
  }, [loaded]);

  const problems = scorecardProblems(content, state);
  const offer = link ? scorecardAnswerOffer(content, state, answers) : [];
  const errorOf = (field: string) => checked?.find((p) => p.field === field)?.message;

  const text = (
    field: ScorecardTextField,
    label: string,
    options: { hint?: string; short?: boolean; multiline?: boolean; what?: string } = {},
  ) => (
    <DocumentField
      id={id(field)}
      label={label}
      hint={options.hint}
      error={errorOf(field)}
      what={options.what ?? label}
      max={SCORECARD_TEXT_LIMITS[field]}
      stored={state[field]}
      save={(value) => setScorecardText(field, value)}
      short={options.short}
      multiline={options.multiline}
    />
  );

  function check(event: { preventDefault: () => void }) {
    event.preventDefault();
    setChecked(problems);
  }

  function markYes() {
    if (!link) return;
    link.markYes(offer);
    setAnswers(link.answers());
    setMarked(offer);
  }

  return (
    <div className="stack stack--l" ref={root}>
      <Notices />
      {checked && checked.length > 0 && (
        <ErrorSummary errors={checked.map((p) => ({ href: id(p.field), message: p.message }))} />
      )}
      <form className="document-form stack" noValidate onSubmit={check} aria-label="Day-one scorecard">
        {text('programme', 'Programme', { hint: 'The programme this scorecard is for, as the sponsor would name it.' })}

        <fieldset className="fieldset">
          <legend className="fieldset__legend document-form__legend">{questionLabels[OUTCOME_METRIC_QUESTION]}</legend>
          <p className="hint">One number the programme must move. Measure the baseline before build starts.</p>
          {text('metric', 'Metric', { hint: 'For example, average handling time for supplier disputes.' })}
          {text('unit', 'Unit', { hint: 'For example, minutes per case.', what: 'The unit' })}
          {text('baseline', 'Baseline', { hint: 'The value today, as a number.', short: true, what: 'The baseline' })}
          {text('baselineMeasuredOn', 'Baseline measured on', {
            hint: 'A date, for example 2026-11-30.',
            short: true,
            what: 'The date',
          })}
          {text('target', 'Target', {
            hint: 'The value the metric must reach, as a number.',
            short: true,
            what: 'The target',
          })}
          {text('targetDate', 'Target date', {
            hint: 'By when, for example 2027-06-30.',
            short: true,
            what: 'The date',
          })}
        </fieldset>

        <ChoiceRadios
          id={id('cadence')}
          name="scorecard-cadence"
          legend={<span className="document-form__legend">Review cadence</span>}
          hint="How often the sponsor and the team review the metric against the target."
          error={errorOf('cadence')}
          options={content.cadences.map((cadence) => ({ value: cadence, label: cadence }))}
          value={content.cadences.includes(state.cadence) ? state.cadence : undefined}
          onChange={(value) => setScorecardText('cadence', value)}
        />

        <fieldset className="fieldset">
          <legend className="fieldset__legend document-form__legend">{questionLabels[STOP_CONDITION_QUESTION]}</legend>
          <p className="hint">Written now, while it is a decision and not an argument.</p>
          {text('stopResult', 'Result that ends or rescopes the programme', {
            hint: 'For example, handling time still above 12 minutes.',
            multiline: true,
            what: 'The stop condition',
          })}
          {text('stopDate', 'Judged by', { hint: 'A date, for example 2027-03-31.', short: true, what: 'The date' })}
          <ChoiceRadios
            id={id('stopAction')}
            name="scorecard-stop-action"
            legend="If that result holds on that date, it"
            error={errorOf('stopAction')}
            options={STOP_ACTIONS.map((value) => ({ value, label: STOP_ACTION_LABELS[value] }))}
            value={state.stopAction || undefined}
            onChange={setStopAction}
          />
        </fieldset>

        <SignOffFieldset
          roles={content.signOffRoles}
          signOffs={state.signOffs}
          hint="Agreed before build starts. The PDF has a signature line for each."
          fieldId={id}
          errorOf={errorOf}
          nameWhat={(role) => `The ${role.label.toLowerCase()}’s name`}
          save={setScorecardSignOff}
        />

        <div className="button-group">
          <button type="submit" className="button">
            Check the scorecard
          </button>
        </div>
      </form>

      {checked && checked.length === 0 && problems.length === 0 && (
        <div className="notice notice--info" role="status">
          <p className="notice__title">The scorecard is complete.</p>
          {offer.length > 0 && (
            <>
              <p>
                It answers “Yes” to {offer.map((q) => `“${questionLabels[q] ?? q}”`).join(' and ')} in the diagnostic.
              </p>
              <button type="button" className="button button--secondary" onClick={markYes}>
                Mark {offer.length === 1 ? 'it' : 'them'} Yes in the diagnostic
              </button>
            </>
          )}
          {offer.length === 0 && marked.length > 0 && (
            <p>
              Marked Yes in the diagnostic: {marked.map((q) => questionLabels[q] ?? q).join(', ')}.{' '}
              <a href="/assessment/">See your results</a>.
            </p>
          )}
        </div>
      )}

      <section className="stack stack--xs" aria-labelledby="scorecard-unit-cost">
        <h2 id="scorecard-unit-cost">Unit cost</h2>
        {unitCost ? (
          <p>
            {unitCost}. It prints on the scorecard. <a href="/cost/">Change the estimate</a>.
          </p>
        ) : (
          <p>
            No cost estimate with a monthly volume on this device yet. <a href="/cost/">Estimate the year-one cost</a>{' '}
            with your volume and the scorecard will quote the unit cost per task.
          </p>
        )}
      </section>

      <DocumentNotes
        id="scorecard-notes"
        subject="the scorecard"
        stored={state.notes}
        save={(value) => setScorecardText('notes', value)}
      />

      <DocumentDownload
        label="Download the scorecard (PDF, one page)"
        text={pdfText}
        build={async () =>
          (await import('../../domain/signable-document')).scorecardDocument(
            content,
            $scorecard.get(),
            unitCost,
            new Date(),
          )
        }
      />
    </div>
  );
}
