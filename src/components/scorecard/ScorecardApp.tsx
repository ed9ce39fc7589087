import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { fillSlotParts, fillSlots } from '../../domain/fill-slots';
import type { Answers } from '../../domain/answers';
import type { CostContext } from '../../domain/cost-state';
import { costContextOf } from '../../domain/cost-content';
import type { FieldProblem } from '../../domain/document-types';
import {
  OUTCOME_METRIC_QUESTION,
  SCORECARD_TEXT_LIMITS,
  STOP_CONDITION_QUESTION,
  STOP_ACTIONS,
  stopActionLabel,
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
export function ScorecardApp({ content, questionIds, questionLabels, cost, text, shared }: ScorecardProps) {
  const state = useStore($scorecard);
  const loaded = useStore($scorecardLoaded);
  const [link, setLink] = useState<DiagnosticLink | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  /** The problems found by the last "Check", or null before the first. */
  const [checked, setChecked] = useState<FieldProblem[] | null>(null);
  const [marked, setMarked] = useState<string[]>([]);
  const costContext = useMemo<CostContext>(() => costContextOf(cost), [cost]);
  const unitCostText = useMemo(() => ({ 'unit-cost-per-task': text['unit-cost-per-task'] }), [text]);

  // Saved data is read after hydration, so the server HTML (an empty scorecard) hydrates as is.
  useEffect(() => {
    initSession(questionIds, window.location.search);
    initScorecard(content);
    let live = true;
    void import('./diagnostic-link').then(({ connectDiagnostic }) => {
      if (!live) return;
      const connected = connectDiagnostic(questionIds, costContext, unitCostText);
      setLink(connected);
      setAnswers(connected.answers());
    });
    return () => {
      live = false;
    };
  }, [content, questionIds, costContext, unitCostText]);
  const unitCost = link?.unitCost ?? null;

  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (loaded && root.current) root.current.dataset.ready = 'true';
  }, [loaded]);

  // The form's problems in the page's words, with the sign-off problems shared by the documents.
  const wording = { ...text, ...shared };
  const problems = scorecardProblems(content, state, wording);
  const offer = link ? scorecardAnswerOffer(content, state, answers, wording) : [];
  const errorOf = (field: string) => checked?.find((p) => p.field === field)?.message;

  const field = (
    field: ScorecardTextField,
    label: string,
    options: { hint?: string; short?: boolean; multiline?: boolean; what?: string } = {},
  ) => (
    <DocumentField
      id={id(field)}
      label={label}
      hint={options.hint}
      error={errorOf(field)}
      errorPrefix={shared['error-prefix']}
      limitText={shared}
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
      <Notices text={text} />
      {checked && checked.length > 0 && (
        <ErrorSummary errors={checked.map((p) => ({ href: id(p.field), message: p.message }))} text={text} />
      )}
      <form className="document-form stack" noValidate onSubmit={check} aria-label={text['form-label']}>
        {field('programme', text['programme-label'], { hint: text['programme-hint'] })}

        <fieldset className="fieldset">
          <legend className="fieldset__legend document-form__legend">{questionLabels[OUTCOME_METRIC_QUESTION]}</legend>
          <p className="hint">{text['outcome-hint']}</p>
          {field('metric', text['metric-label'], { hint: text['metric-hint'] })}
          {field('unit', text['unit-label'], { hint: text['unit-hint'], what: text['unit-what'] })}
          {field('baseline', text['baseline-label'], {
            hint: text['baseline-hint'],
            short: true,
            what: text['baseline-what'],
          })}
          {field('baselineMeasuredOn', text['measured-on-label'], {
            hint: text['measured-on-hint'],
            short: true,
            what: text['measured-on-what'],
          })}
          {field('target', text['target-label'], {
            hint: text['target-hint'],
            short: true,
            what: text['target-what'],
          })}
          {field('targetDate', text['target-date-label'], {
            hint: text['target-date-hint'],
            short: true,
            what: text['target-date-what'],
          })}
        </fieldset>

        <ChoiceRadios
          id={id('cadence')}
          name="scorecard-cadence"
          legend={<span className="document-form__legend">{text['cadence-legend']}</span>}
          hint={text['cadence-hint']}
          error={errorOf('cadence')}
          errorPrefix={shared['error-prefix']}
          options={content.cadences.map((cadence) => ({ value: cadence, label: cadence }))}
          value={content.cadences.includes(state.cadence) ? state.cadence : undefined}
          onChange={(value) => setScorecardText('cadence', value)}
        />

        <fieldset className="fieldset">
          <legend className="fieldset__legend document-form__legend">{questionLabels[STOP_CONDITION_QUESTION]}</legend>
          <p className="hint">{text['stop-hint']}</p>
          {field('stopResult', text['stop-result-label'], {
            hint: text['stop-result-hint'],
            multiline: true,
            what: text['stop-result-what'],
          })}
          {field('stopDate', text['stop-date-label'], {
            hint: text['stop-date-hint'],
            short: true,
            what: text['stop-date-what'],
          })}
          <ChoiceRadios
            id={id('stopAction')}
            name="scorecard-stop-action"
            legend={text['stop-action-legend']}
            error={errorOf('stopAction')}
            errorPrefix={shared['error-prefix']}
            options={STOP_ACTIONS.map((value) => ({ value, label: stopActionLabel(text, value) }))}
            value={state.stopAction || undefined}
            onChange={setStopAction}
          />
        </fieldset>

        <SignOffFieldset
          roles={content.signOffRoles}
          signOffs={state.signOffs}
          hint={text['sign-off-hint']}
          text={shared}
          fieldId={id}
          errorOf={errorOf}
          nameWhat={(role) => fillSlots(text['signer-name-what'], { role: role.label.toLowerCase() })}
          save={setScorecardSignOff}
        />

        <div className="button-group">
          <button type="submit" className="button">
            {text['check-button']}
          </button>
        </div>
      </form>

      {checked && checked.length === 0 && problems.length === 0 && (
        <div className="notice notice--info" role="status">
          <p className="notice__title">{text.complete}</p>
          {offer.length > 0 && (
            <>
              <p>
                {fillSlots(text['answers-yes'], {
                  questions: offer.map((q) => `“${questionLabels[q] ?? q}”`).join(' and '),
                })}
              </p>
              <button type="button" className="button button--secondary" onClick={markYes}>
                {offer.length === 1 ? text['mark-yes-one'] : text['mark-yes-many']}
              </button>
            </>
          )}
          {offer.length === 0 && marked.length > 0 && (
            <p>
              {fillSlotParts(text['marked-yes'], {
                questions: marked.map((q) => questionLabels[q] ?? q).join(', '),
                link: (
                  <a key="link" href="/assessment/">
                    {text['results-link']}
                  </a>
                ),
              })}
            </p>
          )}
        </div>
      )}

      <section className="stack stack--xs" aria-labelledby="scorecard-unit-cost">
        <h2 id="scorecard-unit-cost">{text['unit-cost-heading']}</h2>
        {unitCost ? (
          <p>
            {fillSlotParts(text['unit-cost'], {
              cost: unitCost,
              link: (
                <a key="link" href="/cost/">
                  {text['unit-cost-link']}
                </a>
              ),
            })}
          </p>
        ) : (
          <p>
            {fillSlotParts(text['no-unit-cost'], {
              link: (
                <a key="link" href="/cost/">
                  {text['no-unit-cost-link']}
                </a>
              ),
            })}
          </p>
        )}
      </section>

      <DocumentNotes
        id="scorecard-notes"
        label={text['notes-label']}
        hint={shared['notes-hint']}
        text={shared}
        stored={state.notes}
        save={(value) => setScorecardText('notes', value)}
      />

      <DocumentDownload
        label={text.download}
        text={shared}
        pdfText={text}
        build={async () =>
          (await import('../../domain/signable-document')).scorecardDocument(
            content,
            $scorecard.get(),
            unitCost,
            new Date(),
            text,
          )
        }
      />
    </div>
  );
}
