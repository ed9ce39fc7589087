import type { CostAssumptions, Currency } from '../../domain/content-types';
import type { DisplayCurrency } from '../../domain/cost-state';
import type { CostView } from '../../domain/cost-view';

interface AssumptionsUsedProps {
  view: CostView;
  assumptions: CostAssumptions;
  currency: DisplayCurrency;
  rateDates: Record<string, string>;
}

/** Every figure this estimate relied on that is not in the reference table, labelled as such. */
export function AssumptionsUsed({ view, assumptions, currency, rateDates }: AssumptionsUsedProps) {
  const content: Currency | undefined = assumptions.currencies.find((c) => c.code === currency.code);
  const rate = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const edited = content && content.ratePerUsd !== currency.ratePerUsd;
  return (
    <ul className="cost-assumptions">
      {view.estimate.assumptionsUsed.map((used) => (
        <li key={`${used.kind}:${used.id}`}>
          <span className="tag tag--assumption">Assumption</span>{' '}
          <strong>
            {used.kind === 'model-tier' ? 'Model tier' : 'Deployment'}: {used.label}.
          </strong>{' '}
          {used.note}
        </li>
      ))}
      <li>
        {/* The build share is the source article's own figure unless content says it is ours. */}
        {assumptions.buildShareReference.basis === 'assumption' ? (
          <span className="tag tag--assumption">Assumption</span>
        ) : (
          <span className="tag">Source article</span>
        )}{' '}
        <strong>Build share.</strong> {assumptions.buildShareReference.note}
      </li>
      {content && currency.code !== 'USD' && (
        <li>
          <span className="tag tag--assumption">Assumption</span>{' '}
          <strong>
            Exchange rate: {rate(currency.ratePerUsd)} {currency.code} per US dollar
            {edited ? ' (your rate)' : ` on ${rateDates[currency.code] ?? content.asOf}`}.
          </strong>{' '}
          {edited
            ? `The content rate is ${rate(content.ratePerUsd)}, on ${rateDates[currency.code] ?? content.asOf}.`
            : content.note}
        </li>
      )}
    </ul>
  );
}
