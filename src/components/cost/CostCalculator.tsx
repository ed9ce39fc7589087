import '../facilitator/facilitator.css';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Id } from '../../domain/content-types';
import {
  currencyFormSchema,
  scenarioFormSchema,
  scenarioFormValues,
  type CurrencyFormValues,
  type ScenarioFormContext,
  type ScenarioFormValues,
} from '../../domain/cost-form';
import { initialCostState, secondScenarioInUse, type CostContext, type ScenarioIndex } from '../../domain/cost-state';
import { buildCostView } from '../../domain/cost-view';
import { buildCostDisplay, buildScenarioComparisonDisplay } from '../../domain/cost-display';
import {
  $cost,
  $costRevision,
  choosePlan,
  copyScenario,
  costShareFragment,
  editScenario,
  resetCost,
  setDisplayCurrency,
  updateScenario,
} from '../../stores/cost';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { CostFacilitatorPanel, CostNote } from '../facilitator/CostFacilitator';
import { AssumptionsUsed } from './AssumptionsUsed';
import { CostBreakdown, CostChart } from './CostBreakdown';
import { CostErrorSummary } from './CostErrorSummary';
import { CopyLinkButton } from '../common/CopyLinkButton';
import { CostPdfButton } from './CostPdfButton';
import { CostSummary, CostSummaryBar } from './CostSummary';
import { CurrencyForm } from './CurrencyForm';
import { RightCuts } from './RightCuts';
import { ScenarioForm } from './ScenarioForm';
import type { CostProps } from './cost-props';
import type { FormReport } from './use-live-form';
import type { Range } from '../../domain/cost-estimate';
import { convertRange } from '../../domain/currency';
import { fillSlots } from '../../domain/fill-slots';

// Shown only once a second scenario exists, which the server never renders (it has no saved
// state): loaded when first shown, it keeps the calculator's first load within its JS budget.
const ScenarioComparison = lazy(() =>
  import('./ScenarioComparison').then((module) => ({ default: module.ScenarioComparison })),
);

const VALID: FormReport = { valid: true, problems: [], waiting: [] };

interface FormsState {
  scenario: FormReport;
  currency: FormReport;
  /** The error summary has been asked for (Enter pressed while a field is wrong). */
  summary: boolean;
  /** Bumped by each submit attempt, so the summary takes focus. */
  focus: number;
}

/** What the user typed but could not yet be saved, per store revision (a newer revision discards it). */
interface Drafts {
  revision: number;
  scenarios: [ScenarioDraft | null, ScenarioDraft | null];
  currency: CurrencyFormValues | null;
}

/** A scenario's text, and the display currency its quotes were typed in ("EUR:0.92"). */
interface ScenarioDraft {
  values: ScenarioFormValues;
  currencyKey: string;
}

/** Debounce for the spoken update, so typing "12" is not announced twice. */
const ANNOUNCE_AFTER_MS = 500;

export interface CostCalculatorProps extends CostProps {
  context: CostContext;
  /** Called once this component has hydrated (or mounted), so the shell can load saved state. */
  onMounted: () => void;
}

/** The calculator itself: inputs, the estimate, breakdown, right cuts, scenarios, sharing. */
export function CostCalculator(props: CostCalculatorProps) {
  const { costLines, assumptions, removableLineIds, rateDates, questionIds, context, onMounted, text } = props;
  const pdfContent = useMemo(() => ({ costLines, assumptions }), [costLines, assumptions]);
  const stored = useStore($cost);
  const revision = useStore($costRevision);
  // Until the saved state is loaded (the store is null until then), render what the server
  // rendered: the reference programme.
  const ready = stored !== null;
  const initial = useMemo(() => initialCostState(context), [context]);
  const state = stored ?? initial;
  const { code, ratePerUsd } = state.currency;
  const currencyKey = `${code}:${ratePerUsd}`;

  // Quotes are typed in the display currency, so the form's schema follows it.
  const formContext = useMemo<ScenarioFormContext>(
    () => ({
      lines: costLines,
      removableLineIds,
      modelTierIds: assumptions.modelTiers.map((tier) => tier.id),
      deploymentIds: assumptions.deployments.map((deployment) => deployment.id),
      currency: { code, ratePerUsd },
    }),
    [costLines, removableLineIds, assumptions, code, ratePerUsd],
  );
  const scenarioSchema = useMemo(() => scenarioFormSchema(formContext, text), [formContext, text]);
  const currencySchema = useMemo(
    () =>
      currencyFormSchema(
        assumptions.currencies.map((currency) => currency.code),
        text,
      ),
    [assumptions, text],
  );

  const [forms, setForms] = useState<FormsState>({ scenario: VALID, currency: VALID, summary: false, focus: 0 });
  const [drafts, setDrafts] = useState<Drafts>({ revision: 0, scenarios: [null, null], currency: null });
  const [pending, setPending] = useState<'reset' | 'copy' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The compare button (`text.compare`) was pressed on this visit (the copy may still be unchanged).
  const [asked, setAsked] = useState(false);
  const [focusSwitch, setFocusSwitch] = useState(0);
  const showSecond = asked || secondScenarioInUse(state, context);

  useEffect(() => {
    onMounted();
  }, [onMounted]);

  const active = state.scenarios[state.active];
  const other = state.scenarios[state.active === 0 ? 1 : 0];
  // The scenario being edited as form text (quotes in the display currency).
  const savedValues = useMemo(
    () => scenarioFormValues(active, formContext, assumptions.defaultModelTier),
    [active, formContext, assumptions.defaultModelTier],
  );
  const view = useMemo(
    () => buildCostView(context, active.inputs, state.currency),
    [context, active.inputs, state.currency],
  );
  // With one plan there is nothing to tell apart, so no scenario name is shown.
  const shownName = showSecond ? active.name : null;
  const display = useMemo(
    () => buildCostDisplay(context, active.inputs, state.currency, text, shownName, view),
    [context, active.inputs, shownName, state.currency, view, text],
  );
  const comparison = useMemo(() => buildScenarioComparisonDisplay(context, state, text), [context, state, text]);
  // A quote starts from the line's current figure, as shown; a line left out starts from its reference.
  const lineRanges = useMemo(
    () =>
      Object.fromEntries(
        view.estimate.lines.map((line, index) => {
          const priced = view.priced.lines[index]!;
          if (line.basis !== 'excluded')
            return [
              line.item.id,
              { usd: { low: line.low, high: line.high }, shown: { low: priced.low, high: priced.high } },
            ];
          const usd = { low: line.item.low * line.units, high: line.item.high * line.units };
          return [line.item.id, { usd, shown: convertRange(usd, ratePerUsd) }];
        }),
      ) as Record<Id, { usd: Range; shown: Range }>,
    [view, ratePerUsd],
  );

  const problems = [...forms.scenario.problems, ...forms.currency.problems];
  const waiting = [...forms.scenario.waiting, ...forms.currency.waiting];
  const stale = !forms.scenario.valid || !forms.currency.valid;
  const showSummary = forms.summary && problems.length > 0;

  const report = (which: 'scenario' | 'currency') => (next: FormReport) =>
    setForms((current) => {
      const updated = { ...current, [which]: next };
      // Once everything is fixed the summary goes, and comes back only when asked for again.
      if (updated.scenario.problems.length === 0 && updated.currency.problems.length === 0) updated.summary = false;
      return updated;
    });
  const askForSummary = () => setForms((current) => ({ ...current, summary: true, focus: current.focus + 1 }));
  const formDrafts = drafts.revision === revision ? drafts : null;
  const keepDraft = (change: (d: Drafts) => Drafts) =>
    setDrafts((current) =>
      change(current.revision === revision ? current : { revision, scenarios: [null, null], currency: null }),
    );
  // A scenario re-opened after the display currency changed keeps what was typed, except its
  // quotes (typed in the old currency), which re-open from the saved figures in the new one.
  const scenarioValues = () => {
    const draft = formDrafts?.scenarios[editing];
    if (!draft) return savedValues;
    return draft.currencyKey === currencyKey ? draft.values : { ...draft.values, quotes: savedValues.quotes };
  };
  const editing: ScenarioIndex = state.active;

  // Say what changed, politely and once the typing settles.
  const totals = { scenario: shownName ?? '', range: display.total.spokenText, midpoint: display.total.midpointText };
  const message = stale
    ? fillSlots(text['stale-announcement'], {
        problem: problems[0]?.message ?? waiting[0]?.message ?? text['field-needs-fixing'],
      })
    : [
        fillSlots(text[shownName ? 'scenario-total-announcement' : 'total-announcement'], totals),
        ...display.warnings.map((warning) => fillSlots(text['warning-announcement'], { message: warning.message })),
      ].join(' ');
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    if (announced.current === null) {
      announced.current = message;
      return;
    }
    if (message === announced.current) return;
    const timer = setTimeout(() => {
      announced.current = message;
      setAnnouncement(message);
    }, ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [ready, message]);

  const hasErrors = problems.length > 0;
  const errorPrefix = `${text['error-prefix']} `;
  useEffect(() => {
    const base = document.title.startsWith(errorPrefix) ? document.title.slice(errorPrefix.length) : document.title;
    document.title = hasErrors ? errorPrefix + base : base;
  }, [hasErrors, errorPrefix]);

  // After the compare button, focus goes to the new scenario's radio, now checked.
  useEffect(() => {
    if (focusSwitch === 0) return;
    document.querySelector<HTMLInputElement>('.cost-switch input[name="cost-scenario"]:checked')?.focus();
  }, [focusSwitch]);

  /** A second scenario, as a copy of the user's plan, to change and compare. */
  function compare() {
    const plan = state.plan ?? 0;
    const copy: ScenarioIndex = plan === 0 ? 1 : 0;
    copyScenario(plan, copy);
    editScenario(copy);
    setAsked(true);
    setFocusSwitch((n) => n + 1);
    setAnnouncement(
      fillSlots(text['compare-announcement'], { copy: state.scenarios[copy].name, plan: state.scenarios[plan].name }),
    );
  }

  /** Copying fills the scenario being edited from the other one. */
  const names = { from: other.name, to: active.name };

  function confirm() {
    if (pending === 'reset') {
      resetCost();
      setAsked(false);
      setAnnouncement(text['reset-announcement']);
    } else if (pending === 'copy') {
      copyScenario(editing === 0 ? 1 : 0, editing);
      setAnnouncement(fillSlots(text['copy-announcement'], names));
    }
    setPending(null);
  }

  return (
    <div className="stack stack--xl">
      <div className="stack stack--s">
        <div className="island-toolbar">
          <p className="island-toolbar__saved">{text.saved}</p>
          <button type="button" className="button button--link" onClick={() => setPending('reset')}>
            {text.reset}
          </button>
        </div>
        <CostErrorSummary
          problems={showSummary ? problems : []}
          focusRequest={forms.focus}
          title={text['error-summary-title']}
        />
        <CostFacilitatorPanel questionIds={questionIds} text={text} />
      </div>

      <div className="cost__lead">
        <CostSummary display={display} stale={stale} problems={problems} waiting={waiting} text={text} />
        <section className="cost__chart stack stack--s" aria-labelledby="cost-chart-title">
          <h2 id="cost-chart-title">{text['chart-heading']}</h2>
          <CostChart display={display} stale={stale} />
        </section>
      </div>

      <section className="cost__inputs stack stack--l" aria-labelledby="cost-inputs-title">
        <CostSummaryBar display={display} stale={stale} text={text} />
        <h2 id="cost-inputs-title">{text['inputs-heading']}</h2>
        {showSecond ? (
          <div className="cost-switch stack stack--s">
            <fieldset className="fieldset" aria-describedby="cost-scenario-hint">
              <legend className="fieldset__legend cost-form__legend">{text['scenario-legend']}</legend>
              <p className="hint" id="cost-scenario-hint">
                {text['scenario-hint']}
              </p>
              <div className="radios radios--inline">
                {state.scenarios.map((scenario, index) => {
                  const id = index === 0 ? 'cost-scenario' : `cost-scenario-${index + 1}`;
                  return (
                    <div className="radios__item" key={index}>
                      <input
                        id={id}
                        className="radios__input"
                        type="radio"
                        name="cost-scenario"
                        checked={state.active === index}
                        onChange={() => editScenario(index as ScenarioIndex)}
                      />
                      <label className="radios__label" htmlFor={id}>
                        {scenario.name}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
            <button
              type="button"
              className="button button--secondary cost-switch__copy"
              onClick={() => setPending('copy')}
            >
              {fillSlots(text['copy-into'], names)}
            </button>
          </div>
        ) : (
          <div className="cost-switch stack stack--xs">
            <button
              type="button"
              className="button button--secondary"
              aria-describedby="cost-compare-hint"
              onClick={compare}
            >
              {text.compare}
            </button>
            <p className="hint" id="cost-compare-hint">
              {text['compare-hint']}
            </p>
          </div>
        )}
        <ScenarioForm
          key={`${revision}-${editing}`}
          schema={scenarioSchema}
          costLines={costLines}
          assumptions={assumptions}
          removableLineIds={removableLineIds}
          initialValues={scenarioValues()}
          lineRanges={lineRanges}
          currency={display.currency}
          savedQuotes={savedValues.quotes}
          showName={showSecond}
          decisions={props.decisions}
          decisionsText={props.decisionsText}
          text={text}
          onValid={(scenario) => updateScenario(editing, scenario)}
          onReport={report('scenario')}
          onSubmitInvalid={askForSummary}
          onLeave={(values) =>
            keepDraft((d) => {
              const scenarios: Drafts['scenarios'] = [...d.scenarios];
              scenarios[editing] = { values, currencyKey };
              return { ...d, scenarios };
            })
          }
        />
        <CurrencyForm
          key={revision}
          schema={currencySchema}
          currencies={assumptions.currencies}
          rateDates={rateDates}
          text={text}
          initialValues={formDrafts?.currency ?? { code, rate: String(state.currency.ratePerUsd) }}
          onValid={setDisplayCurrency}
          onReport={report('currency')}
          onSubmitInvalid={askForSummary}
          onLeave={(values) => keepDraft((d) => ({ ...d, currency: values }))}
        />
      </section>

      <CostNote text={text} />

      <section className="stack stack--m" aria-labelledby="cost-breakdown-title">
        <h2 id="cost-breakdown-title">{text['breakdown-heading']}</h2>
        <CostBreakdown display={display} text={text} />
      </section>

      <section className="stack stack--m" aria-labelledby="cost-cuts-title">
        <div className="stack stack--xs">
          <h2 id="cost-cuts-title">{text['cuts-heading']}</h2>
          <p className="prose">{text['cuts-intro']}</p>
        </div>
        <RightCuts display={display} noCuts={text['no-cuts']} />
      </section>

      {showSecond && (
        <section className="stack stack--m" aria-labelledby="cost-compare-title">
          <h2 id="cost-compare-title">{text['compare-heading']}</h2>
          <Suspense fallback={null}>
            <ScenarioComparison comparison={comparison} plan={state.plan ?? 0} onChoosePlan={choosePlan} text={text} />
          </Suspense>
        </section>
      )}

      <section className="stack stack--m" aria-labelledby="cost-assumptions-title">
        <div className="stack stack--xs">
          <h2 id="cost-assumptions-title">{text['assumptions-heading']}</h2>
          <p className="prose">{text['assumptions-intro']}</p>
        </div>
        <AssumptionsUsed display={display} />
      </section>

      <section className="cost-share stack stack--m" aria-labelledby="cost-share-title">
        <h2 id="cost-share-title">{text['share-heading']}</h2>
        {/* Secondary, as on the results: Download PDF below is this section's one primary action. */}
        <CopyLinkButton
          className="button button--secondary"
          label={text['copy-link']}
          copiedMessage={text['link-copied']}
          text={text}
          fragment={costShareFragment}
        />
        <CostPdfButton content={pdfContent} questionIds={questionIds} state={state} text={text} />
        <ul className="cost-links">
          <li>
            <a href="/report/">{text['report-link']}</a>
          </li>
          <li>
            <a href="/methodology/#cost-model">{text['methodology-link']}</a>
          </li>
        </ul>
      </section>

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ConfirmDialog
        open={pending !== null}
        title={pending === 'copy' ? fillSlots(text['copy-title'], names) : text['reset-title']}
        confirmLabel={pending === 'copy' ? fillSlots(text['copy-confirm'], names) : text['reset-confirm']}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
        text={text}
      >
        <p>{pending === 'copy' ? fillSlots(text['copy-text'], names) : text['reset-text']}</p>
      </ConfirmDialog>
    </div>
  );
}
