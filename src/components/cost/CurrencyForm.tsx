import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Currency } from '../../domain/content-types';
import type { CurrencyFormValues, CurrencySchema } from '../../domain/cost-form';
import type { DisplayCurrency } from '../../domain/cost-state';
import { TextField, fieldId } from './TextField';
import { useLiveForm, type LiveFormCallbacks } from './use-live-form';
import { fillSlots } from '../../domain/fill-slots';
import type { CostText } from './cost-props';

interface CurrencyFormProps extends LiveFormCallbacks<CurrencyFormValues, DisplayCurrency> {
  schema: CurrencySchema;
  currencies: Currency[];
  /** Currency code → the date of its content rate, in words. */
  rateDates: Record<string, string>;
  initialValues: CurrencyFormValues;
  /** The form's words, from content/pages/cost.md. */
  text: CostText;
}

const visiblePaths = (values: CurrencyFormValues) => (values.code === 'USD' ? [] : ['rate']);

/** The display currency and its editable, dated rate. Amounts are computed in US dollars. */
export function CurrencyForm(props: CurrencyFormProps) {
  const { schema, currencies, rateDates, initialValues, text } = props;
  const { form, values, errorOf, field, onSubmit } = useLiveForm(schema, initialValues, props, visiblePaths);
  const { register, setValue } = form;
  const selected = currencies.find((c) => c.code === values.code);
  const contentRate = selected ? String(selected.ratePerUsd) : '';

  /** Choosing a currency starts from its content rate; an edited rate belongs to the old currency. */
  function choose(code: string): UseFormRegisterReturn {
    const registration = register('code');
    return {
      ...registration,
      onChange: (event) => {
        const currency = currencies.find((c) => c.code === code);
        if (currency) setValue('rate', String(currency.ratePerUsd), { shouldValidate: true });
        return registration.onChange(event);
      },
    };
  }

  return (
    <form noValidate className="stack stack--m cost-form" aria-label={text['currency-form-label']} onSubmit={onSubmit}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend cost-form__legend">{text['currency-legend']}</legend>
        <div className="radios radios--inline">
          {currencies.map((currency, index) => {
            const id = index === 0 ? fieldId('code') : `${fieldId('code')}-${currency.code}`;
            return (
              <div className="radios__item" key={currency.code}>
                <input
                  id={id}
                  className="radios__input"
                  type="radio"
                  value={currency.code}
                  {...choose(currency.code)}
                />
                <label className="radios__label" htmlFor={id}>
                  {fillSlots(text['currency-option'], { 'currency-name': currency.label, currency: currency.code })}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      {selected && values.code !== 'USD' && (
        <div className="conditional stack stack--xs">
          <TextField
            id={fieldId('rate')}
            label={fillSlots(text['rate-label'], { currency: selected.code })}
            hint={
              <>
                <span className="tag tag--assumption">{text['assumption-tag']}</span>{' '}
                {fillSlots(text['rate-hint'], {
                  date: rateDates[selected.code] ?? '',
                  rate: contentRate,
                  note: selected.note,
                })}
              </>
            }
            error={errorOf('rate')}
            errorPrefix={text['error-prefix']}
            registration={field('rate')}
            inputMode="decimal"
          />
          {values.rate !== contentRate && (
            <button
              type="button"
              className="button button--link"
              onClick={() => setValue('rate', contentRate, { shouldValidate: true, shouldDirty: true })}
            >
              {fillSlots(text['rate-reset'], { date: rateDates[selected.code] ?? '', rate: contentRate })}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
