import type { CostView } from '../../domain/cost-view';
import type { DisplayCurrency } from '../../domain/cost-state';
import { formatCents, formatMoney } from '../../domain/format';
import { moneyRange, plural } from './money';
import { ProblemLinks } from './ProblemLinks';
import type { FieldProblem } from './TextField';

interface CostSummaryProps {
  view: CostView;
  currency: DisplayCurrency;
  scenarioName: string;
  /** A field is wrong, so this is the last valid estimate, not what the form says now. */
  stale: boolean;
  /** What to fix, linked to the fields. */
  problems: FieldProblem[];
  reference: { lowPercent: number; highPercent: number };
}

const centsRange = (range: { low: number; high: number }, code: string) =>
  `${formatCents(range.low, code)} – ${formatCents(range.high, code)}`;

/** The headline: total, midpoint, warnings, build share and unit cost. */
export function CostSummary({ view, currency, scenarioName, stale, problems, reference }: CostSummaryProps) {
  const { priced, estimate, unitCost } = view;
  const { code } = currency;
  const share = estimate.buildShare;
  const empty = priced.total.high === 0;
  return (
    <section className="card cost-total" aria-labelledby="cost-total-title">
      <h2 id="cost-total-title" className="cost-total__title">
        Year-one estimate
        <span className="cost-total__scenario">{scenarioName}</span>
      </h2>
      <p className="cost-total__range">{moneyRange(priced.total, code)}</p>
      <p className="cost-total__midpoint">
        Midpoint <strong>{formatMoney(priced.total.midpoint, code)}</strong>
      </p>
      {code !== 'USD' && (
        <p className="cost-total__rate">
          Converted at {currency.ratePerUsd.toLocaleString('en-US', { maximumFractionDigits: 6 })} {code} per US dollar.
        </p>
      )}
      {stale && (
        <div className="notice notice--info cost-total__stale">
          <p>
            <strong>Showing the last valid estimate.</strong>{' '}
            {problems.length === 0
              ? 'Fix the highlighted field to update it.'
              : `It updates once ${problems.length === 1 ? 'this is' : 'these are'} fixed:`}
          </p>
          {problems.length > 0 && <ProblemLinks problems={problems} className="cost-total__problems" />}
        </div>
      )}
      {estimate.wrongCuts.map((cut) => (
        <div className="notice notice--warning cost-wrong-cut" key={cut.item.id}>
          <p className="notice__title">Wrong cut: {cut.item.label}</p>
          <p>{cut.message}</p>
        </div>
      ))}
      <dl className="cost-facts">
        <div className="cost-facts__row">
          <dt>Build share</dt>
          <dd>
            {empty ? (
              'None: nothing is being built or run.'
            ) : (
              <>
                {share.lowPercent === share.highPercent
                  ? `${share.lowPercent}% of year one`
                  : `${share.lowPercent}% of the low estimate, ${share.highPercent}% of the high`}
                . {share.withinReference ? 'Within' : 'Outside'} the usual {reference.lowPercent}–
                {reference.highPercent}% <span className="tag tag--assumption">Assumption</span>
              </>
            )}
          </dd>
        </div>
        {unitCost && (
          <>
            <div className="cost-facts__row">
              <dt>Per task, all of year one</dt>
              <dd>{centsRange(unitCost.totalPerTaskCents, code)}</dd>
            </div>
            <div className="cost-facts__row">
              <dt>Per task, running costs only</dt>
              <dd>
                {centsRange(unitCost.runPerTaskCents, code)}
                <span className="cost-facts__note">Over {plural(unitCost.tasksPerYear, 'task')} a year.</span>
              </dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}
