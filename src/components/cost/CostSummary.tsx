import type { CostDisplay } from '../../domain/cost-display';
import { ProblemLinks } from './ProblemLinks';
import type { FieldProblem } from './TextField';

interface CostSummaryProps {
  display: CostDisplay;
  /** A field is wrong, so this is the last valid estimate, not what the form says now. */
  stale: boolean;
  /** What to fix, linked to the fields. */
  problems: FieldProblem[];
}

/** The headline: total, midpoint, warnings, build share and unit cost, as the cost display words them. */
export function CostSummary({ display, stale, problems }: CostSummaryProps) {
  const { total, buildShare, unitCost, currency } = display;
  return (
    <section className="card cost-total" aria-labelledby="cost-total-title">
      <h2 id="cost-total-title" className="cost-total__title">
        Year-one estimate
        <span className="cost-total__scenario">{display.scenarioName}</span>
      </h2>
      <p className="cost-total__range">{total.rangeText}</p>
      <p className="cost-total__midpoint">
        Midpoint <strong>{total.midpointText}</strong>
      </p>
      {currency.rateText && <p className="cost-total__rate">{currency.rateText}</p>}
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
      {display.warnings.map((warning) => (
        <div className="notice notice--warning cost-wrong-cut" key={warning.lineId}>
          <p className="notice__title">Wrong cut: {warning.label}</p>
          <p>{warning.message}</p>
        </div>
      ))}
      <dl className="cost-facts">
        <div className="cost-facts__row">
          <dt>Build share</dt>
          <dd>
            {buildShare.text}
            {buildShare.referenceText && (
              <>
                {' '}
                {buildShare.referenceText} <span className="tag tag--assumption">Assumption</span>
              </>
            )}
          </dd>
        </div>
        {unitCost && (
          <>
            <div className="cost-facts__row">
              <dt>Per task, all of year one</dt>
              <dd>{unitCost.totalPerTaskText}</dd>
            </div>
            <div className="cost-facts__row">
              <dt>Per task, running costs only</dt>
              <dd>
                {unitCost.runPerTaskText}
                <span className="cost-facts__note">Over {unitCost.tasksPerYearText}.</span>
              </dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}
