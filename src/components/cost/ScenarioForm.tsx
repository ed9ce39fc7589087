import { useEffect, useRef, useState } from 'react';
import type { Path, RegisterOptions, UseFormRegisterReturn } from 'react-hook-form';
import type { CostAssumptions, CostLineItem, Id } from '../../domain/content-types';
import type { DecisionsContent } from '../../domain/decision-content';
import type { Range } from '../../domain/cost-estimate';
import {
  COUNT_FIELDS,
  type ScenarioFormResult,
  type ScenarioFormValues,
  type ScenarioSchema,
} from '../../domain/cost-form';
import { fillSlots } from '../../domain/fill-slots';
import { DecisionHints } from './DecisionHints';
import type { CostText } from './cost-props';
import type { DecisionCountsText } from '../../schemas/page-wording';
import { moneyRange } from './money';
import { TextField, fieldId } from './TextField';
import { useLiveForm, type LiveFormCallbacks, type TextRegistration } from './use-live-form';

type FieldPath = Path<ScenarioFormValues>;

interface ScenarioFormProps extends LiveFormCallbacks<ScenarioFormValues, ScenarioFormResult> {
  schema: ScenarioSchema;
  costLines: CostLineItem[];
  assumptions: CostAssumptions;
  removableLineIds: readonly Id[];
  initialValues: ScenarioFormValues;
  /** Each line's current figure, in US dollars and as shown, to start a quote from. */
  lineRanges: Record<Id, { usd: Range; shown: Range }>;
  /** The display currency: quotes are typed in it. */
  currency: { code: string; label: string; ratePerUsd: number };
  /** The saved quotes as form text in the display currency, to re-show when the currency changes. */
  savedQuotes: ScenarioFormValues['quotes'];
  /** Whether there are two scenarios, so this one needs a name to tell them apart. */
  showName: boolean;
  /** The decide pages' content, for the hints beside the counts and the deployment. */
  decisions?: DecisionsContent;
  /** How the decisions' counts are worded (content/pages/decisions.md). */
  decisionsText: DecisionCountsText;
  /** The form's words, from content/pages/cost.md. */
  text: CostText;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Which fields are on screen, in page order: the tasks field and quotes only when revealed. */
function visiblePaths(costLines: CostLineItem[]) {
  return (values: ScenarioFormValues) => {
    const paths = ['name', 'workflows', 'agents'];
    if (values.inference.mode === 'volume') paths.push('inference.tasksPerMonth');
    for (const line of costLines) {
      if (values.quotes[line.id]?.enabled) paths.push(`quotes.${line.id}.low`, `quotes.${line.id}.high`);
    }
    return paths;
  };
}

/** Inputs for one scenario. Every change that leaves the form valid updates the estimate at once. */
export function ScenarioForm(props: ScenarioFormProps) {
  const { schema, costLines, assumptions, removableLineIds, initialValues, lineRanges, text } = props;
  const [paths] = useState(() => visiblePaths(costLines));
  const { form, values, errorOf, field, onSubmit } = useLiveForm(schema, initialValues, props, paths);
  const { register, getValues, setValue } = form;
  const volume = values.inference.mode === 'volume';

  // Quotes are typed in the display currency: when it changes, each saved quote is shown again in
  // the new one (with the dollars it stands for, so it is not converted back and forth).
  const currencyKey = `${props.currency.code}:${props.currency.ratePerUsd}`;
  const shownIn = useRef(currencyKey);
  useEffect(() => {
    if (shownIn.current === currencyKey) return;
    shownIn.current = currencyKey;
    for (const line of costLines) {
      const saved = props.savedQuotes[line.id];
      if (!saved?.enabled) continue;
      setValue(`quotes.${line.id}.usd`, saved.usd ?? null);
      setValue(`quotes.${line.id}.low`, saved.low);
      setValue(`quotes.${line.id}.high`, saved.high);
    }
  }, [currencyKey, costLines, props.savedQuotes, setValue]);

  const byScale = (scale: CostLineItem['scalesWith']) => costLines.find((line) => line.scalesWith === scale);
  const workflowLine = byScale('workflow');
  const agentLine = byScale('agent');
  const usageLine = byScale('usage');
  const sensitive = costLines.filter((line) => line.deploymentSensitive).map((line) => line.label);
  const countHint = (max: number, line: CostLineItem | undefined) =>
    line
      ? fillSlots(text['count-hint-each'], { max, range: moneyRange(line, 'USD') })
      : fillSlots(text['count-hint'], { max });

  /** Starts a newly ticked quote from the line's current figure, so it is valid from the start. */
  function quoteToggle(id: Id) {
    const registration = register(`quotes.${id}.enabled`);
    return {
      ...registration,
      onChange: (event: Parameters<UseFormRegisterReturn['onChange']>[0]) => {
        const range = lineRanges[id];
        const quote = getValues(`quotes.${id}`);
        if ((event.target as HTMLInputElement).checked && range && quote.low === '' && quote.high === '') {
          setValue(`quotes.${id}.low`, String(range.shown.low));
          setValue(`quotes.${id}.high`, String(range.shown.high));
          // Untouched, the text stands for exactly these dollars (no conversion back and forth).
          setValue(`quotes.${id}.usd`, range.usd);
        }
        return registration.onChange(event);
      },
    };
  }

  const radio = (path: FieldPath, value: string, index: number) => ({
    id: index === 0 ? fieldId(path) : `${fieldId(path)}-${value}`,
    className: 'radios__input',
    type: 'radio' as const,
    value,
    ...register(path),
  });

  return (
    <form noValidate className="stack stack--l cost-form" aria-label={text['form-label']} onSubmit={onSubmit}>
      {props.showName && (
        <TextField
          id={fieldId('name')}
          label={text['name-label']}
          hint={text['name-hint']}
          error={errorOf('name')}
          errorPrefix={text['error-prefix']}
          registration={field('name')}
          inputMode="text"
          wide
        />
      )}

      <fieldset className="fieldset">
        <legend className="fieldset__legend cost-form__legend">{text['build-legend']}</legend>
        <TextField
          id={fieldId('workflows')}
          label={text['workflows-label']}
          hint={countHint(COUNT_FIELDS.workflows.max, workflowLine)}
          error={errorOf('workflows')}
          errorPrefix={text['error-prefix']}
          registration={field('workflows')}
        />
        <TextField
          id={fieldId('agents')}
          label={text['agents-label']}
          hint={countHint(COUNT_FIELDS.agents.max, agentLine)}
          error={errorOf('agents')}
          errorPrefix={text['error-prefix']}
          registration={field('agents')}
        />
        {costLines
          .filter((line) => removableLineIds.includes(line.id))
          .map((line) => (
            <div className="checkbox" key={line.id}>
              <input
                id={fieldId(`included.${line.id}`)}
                className="checkbox__input"
                type="checkbox"
                aria-describedby={`${fieldId(`included.${line.id}`)}-hint`}
                {...register(`included.${line.id}`)}
              />
              <label className="checkbox__label" htmlFor={fieldId(`included.${line.id}`)}>
                {fillSlots(text['include-label'], { line: lowerFirst(line.label) })}
              </label>
              <p id={`${fieldId(`included.${line.id}`)}-hint`} className="hint checkbox__hint">
                {fillSlots(text['include-hint'], { range: moneyRange(line, 'USD') })}
              </p>
            </div>
          ))}
        <DecisionHints
          part="counts"
          decisions={props.decisions}
          decisionsText={props.decisionsText}
          assumptions={assumptions}
          text={text}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend cost-form__legend">{text['inference-legend']}</legend>
        <div className="radios">
          <div className="radios__item">
            <input {...radio('inference.mode', 'reference', 0)} />
            <label className="radios__label radios__label--stacked" htmlFor={fieldId('inference.mode')}>
              {text['reference-option']}
              {usageLine && (
                <span className="radios__hint">
                  {fillSlots(text['reference-hint'], { range: moneyRange(usageLine, 'USD') })}
                </span>
              )}
            </label>
          </div>
          <div className="radios__item">
            <input {...radio('inference.mode', 'volume', 1)} />
            <label className="radios__label radios__label--stacked" htmlFor={`${fieldId('inference.mode')}-volume`}>
              {text['volume-option']}
              <span className="radios__hint">{text['volume-hint']}</span>
            </label>
          </div>
        </div>
        {volume && (
          <div className="conditional stack stack--m">
            <TextField
              id={fieldId('inference.tasksPerMonth')}
              label={text['tasks-label']}
              hint={fillSlots(text['tasks-hint'], { max: COUNT_FIELDS.tasksPerMonth.max })}
              error={errorOf('inference.tasksPerMonth')}
              errorPrefix={text['error-prefix']}
              registration={field('inference.tasksPerMonth')}
            />
            <fieldset className="fieldset">
              <legend className="fieldset__legend cost-form__sublegend">{text['tier-legend']}</legend>
              <div className="radios">
                {assumptions.modelTiers.map((tier, index) => (
                  <div className="radios__item" key={tier.id}>
                    <input {...radio('inference.modelTier', tier.id, index)} />
                    <label
                      className="radios__label radios__label--stacked"
                      htmlFor={
                        index === 0 ? fieldId('inference.modelTier') : `${fieldId('inference.modelTier')}-${tier.id}`
                      }
                    >
                      {tier.label}
                      <span className="radios__hint">
                        {fillSlots(text['tier-price'], {
                          range: moneyRange({ low: tier.perThousandTasksLow, high: tier.perThousandTasksHigh }, 'USD'),
                        })}{' '}
                        <span className="tag tag--assumption">{text['assumption-tag']}</span>
                      </span>
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend cost-form__legend">{text['deployment-legend']}</legend>
        <div className="radios">
          {assumptions.deployments.map((deployment, index) => {
            const diff = deployment.multiplierPercent - 100;
            return (
              <div className="radios__item" key={deployment.id}>
                <input {...radio('deployment', deployment.id, index)} />
                <label
                  className="radios__label radios__label--stacked"
                  htmlFor={index === 0 ? fieldId('deployment') : `${fieldId('deployment')}-${deployment.id}`}
                >
                  {deployment.label}
                  <span className="radios__hint">
                    {diff === 0
                      ? text['deployment-neutral']
                      : fillSlots(text['deployment-change'], {
                          change: `${diff > 0 ? '+' : '\u2212'}${Math.abs(diff)}%`,
                          lines: sensitive.map(lowerFirst).join(' and '),
                        })}{' '}
                    <span className="tag tag--assumption">{text['assumption-tag']}</span>
                  </span>
                </label>
              </div>
            );
          })}
        </div>
        <DecisionHints
          part="deployment"
          decisions={props.decisions}
          decisionsText={props.decisionsText}
          assumptions={assumptions}
          text={text}
        />
      </fieldset>

      <QuotesSection
        costLines={costLines}
        values={values}
        quoteToggle={quoteToggle}
        errorOf={errorOf}
        field={field}
        currency={props.currency}
        text={text}
      />
    </form>
  );
}

interface QuotesSectionProps {
  costLines: CostLineItem[];
  values: ScenarioFormValues;
  quoteToggle: (id: Id) => UseFormRegisterReturn;
  errorOf: (path: string) => string | undefined;
  field: (path: FieldPath, options?: RegisterOptions<ScenarioFormValues, FieldPath>) => TextRegistration;
  currency: { code: string; label: string };
  text: CostText;
}

/** "I have a real quote": per line, a checkbox that reveals the quote's low and high. */
function QuotesSection({ costLines, values, quoteToggle, errorOf, field, currency, text }: QuotesSectionProps) {
  // Opens by itself when a quote is already in use, so it is never hidden from its owner.
  const [open] = useState(() => costLines.some((line) => values.quotes[line.id]?.enabled));
  return (
    <details className="details cost-quotes" open={open}>
      <summary className="details__summary">{text['quotes-summary']}</summary>
      <fieldset className="fieldset details__text">
        <legend className="fieldset__legend cost-form__sublegend">{text['quotes-legend']}</legend>
        <p className="hint">
          {currency.code === 'USD'
            ? fillSlots(text['quotes-hint'], { currency: currency.code })
            : fillSlots(text['quotes-hint-converted'], { currency: currency.code, 'currency-name': currency.label })}
        </p>
        {costLines.map((line) => {
          const id = fieldId(`quotes.${line.id}.enabled`);
          const enabled = values.quotes[line.id]?.enabled ?? false;
          return (
            <div className="checkbox" key={line.id}>
              <input id={id} className="checkbox__input" type="checkbox" {...quoteToggle(line.id)} />
              <label className="checkbox__label" htmlFor={id}>
                {line.label}
                {line.protected && <span className="tag cost-tag--protected">{text['protected-tag']}</span>}
              </label>
              {enabled && (
                <div className="conditional cost-quote">
                  <TextField
                    id={fieldId(`quotes.${line.id}.low`)}
                    label={
                      <>
                        {text['quote-low']}
                        <span className="visually-hidden">
                          {' '}
                          {fillSlots(text['quote-for'], { line: line.label })}
                        </span>, {currency.code}
                      </>
                    }
                    error={errorOf(`quotes.${line.id}.low`)}
                    errorPrefix={text['error-prefix']}
                    registration={field(`quotes.${line.id}.low`, { deps: [`quotes.${line.id}.high`] })}
                  />
                  <TextField
                    id={fieldId(`quotes.${line.id}.high`)}
                    label={
                      <>
                        {text['quote-high']}
                        <span className="visually-hidden">
                          {' '}
                          {fillSlots(text['quote-for'], { line: line.label })}
                        </span>, {currency.code}
                      </>
                    }
                    error={errorOf(`quotes.${line.id}.high`)}
                    errorPrefix={text['error-prefix']}
                    registration={field(`quotes.${line.id}.high`, { deps: [`quotes.${line.id}.low`] })}
                  />
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
