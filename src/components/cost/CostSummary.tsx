import type { CostDisplay } from '../../domain/cost-display';
import { ProblemLinks } from './ProblemLinks';
import type { FieldProblem } from './TextField';
import { fillSlots, pluralKey } from '../../domain/fill-slots';
import type { CostText } from './cost-props';

interface CostSummaryProps {
  display: CostDisplay;
  /** A field is wrong, so this is the last valid estimate, not what the form says now. */
  stale: boolean;
  /** What to fix, linked to the fields. */
  problems: FieldProblem[];
  /** Fields not filled in yet (not errors): what the estimate is waiting for. */
  waiting?: FieldProblem[];
  text: CostText;
}

/** The headline: total, midpoint, warnings, build share and unit cost, as the cost display words them. */
export function CostSummary({ display, stale, problems, waiting = [], text }: CostSummaryProps) {
  const { total, buildShare, unitCost, currency } = display;
  return (
    <section className={`card cost-total${stale ? ' cost-total--stale' : ''}`} aria-labelledby="cost-total-title">
      <h2 id="cost-total-title" className="cost-total__title">
        {text['total-heading']}
        <span className="cost-total__scenario">{display.scenarioName}</span>
      </h2>
      <p className="cost-total__range" data-testid="year-one-total">
        {total.rangeText}
      </p>
      <p className="cost-total__midpoint">
        {text.midpoint} <strong>{total.midpointText}</strong>
      </p>
      {currency.rateText && <p className="cost-total__rate">{currency.rateText}</p>}
      {stale && (
        <div className="notice notice--info cost-total__stale">
          <p>
            <strong>{text['stale-title']}</strong>{' '}
            {problems.length > 0
              ? text[pluralKey('stale-fix', problems.length)]
              : waiting.length > 0
                ? text['stale-waiting']
                : text['stale-fix-field']}
          </p>
          {problems.length > 0 && <ProblemLinks problems={problems} className="cost-total__problems" />}
          {problems.length === 0 && waiting.length > 0 && (
            <ProblemLinks problems={waiting} className="cost-total__problems cost-total__problems--waiting" />
          )}
        </div>
      )}
      {display.warnings.map((warning) => (
        <div className="notice notice--warning cost-wrong-cut" key={warning.lineId}>
          <p className="notice__title">{fillSlots(text['wrong-cut'], { line: warning.label })}</p>
          <p>{warning.message}</p>
        </div>
      ))}
      <dl className="cost-facts">
        <div className="cost-facts__row">
          <dt>{text['build-share']}</dt>
          <dd>
            {buildShare.text}
            {buildShare.referenceText && (
              <>
                {' '}
                {buildShare.referenceText}{' '}
                <span className={buildShare.referenceIsAssumption ? 'tag tag--assumption' : 'tag'}>
                  {buildShare.referenceTag}
                </span>
              </>
            )}
          </dd>
        </div>
        {unitCost && (
          <>
            <div className="cost-facts__row">
              <dt>{text['per-task']}</dt>
              <dd>{unitCost.totalPerTaskText}</dd>
            </div>
            <div className="cost-facts__row">
              <dt>{text['per-task-run']}</dt>
              <dd>
                {unitCost.runPerTaskText}
                <span className="cost-facts__note">
                  {fillSlots(text['tasks-over'], { tasks: unitCost.tasksPerYearText })}
                </span>
              </dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}

/**
 * The year-one range in one line, stuck to the top of the screen while the inputs scroll, so the
 * answer stays in sight while editing. It repeats the estimate above and the live announcement,
 * so it is hidden from screen readers; the page's scroll padding keeps it off focused fields.
 */
export function CostSummaryBar({ display, stale, text }: { display: CostDisplay; stale: boolean; text: CostText }) {
  return (
    <div className={`cost-bar${stale ? ' cost-bar--stale' : ''}`} aria-hidden="true" data-testid="cost-bar">
      <span className="cost-bar__total">{display.total.barText}</span>
      {stale && <span className="cost-bar__stale">{text['bar-stale']}</span>}
    </div>
  );
}
