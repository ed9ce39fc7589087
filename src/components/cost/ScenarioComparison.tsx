import type { ScenarioComparisonDisplay } from '../../domain/cost-display';
import type { ScenarioIndex } from '../../domain/cost-state';
import { TableScroll } from '../common/TableScroll';
import { fillSlots } from '../../domain/fill-slots';
import type { CostText } from './cost-props';

interface ScenarioComparisonProps {
  comparison: ScenarioComparisonDisplay;
  /** The scenario the user marked as their plan: the report leads with it. */
  plan: ScenarioIndex;
  onChoosePlan: (index: ScenarioIndex) => void;
  text: CostText;
}

/** Both scenarios side by side, with the difference (second minus first) per line and in total. */
export function ScenarioComparison({ comparison, plan, onChoosePlan, text }: ScenarioComparisonProps) {
  const [a, b] = comparison.names;
  return (
    <div className="stack stack--m">
      <div className="cost-scenarios">
        {comparison.cards.map((card, index) => (
          <div className="card cost-scenarios__card stack stack--xs" key={index}>
            <h3 className="card__title">{card.name}</h3>
            <p className="cost-scenarios__range">{card.rangeText}</p>
            <p className="muted">{fillSlots(text['card-midpoint'], { midpoint: card.midpointText })}</p>
            {plan === index ? (
              <p>
                <strong>{text['plan-chosen']}</strong> {text['plan-chosen-note']}
              </p>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                // The visible words first, then which scenario (WCAG 2.5.3: the label contains the visible text).
                aria-label={fillSlots(text['choose-plan-label'], { scenario: card.name })}
                onClick={() => onChoosePlan(index as ScenarioIndex)}
              >
                {text['choose-plan']}
              </button>
            )}
          </div>
        ))}
      </div>
      <p className="cost-scenarios__headline">{comparison.headline}</p>
      {comparison.same ? null : (
        <>
          <TableScroll labelledBy="cost-compare-caption" text={text}>
            <table className="table cost-table">
              <caption id="cost-compare-caption">{comparison.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{text['line-column']}</th>
                  <th scope="col" className="num">
                    {a}
                  </th>
                  <th scope="col" className="num">
                    {b}
                  </th>
                  <th scope="col" className="num">
                    {text['change-low-column']}
                  </th>
                  <th scope="col" className="num">
                    {text['change-high-column']}
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.lines.map((line) => (
                  <tr key={line.id}>
                    <th scope="row">{line.label}</th>
                    <td className="num">{line.aText}</td>
                    <td className="num">{line.bText}</td>
                    <td className="num">{line.lowChangeText}</td>
                    <td className="num">{line.highChangeText}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{text['total-row']}</th>
                  <td className="num">{comparison.total.aText}</td>
                  <td className="num">{comparison.total.bText}</td>
                  <td className="num">{comparison.total.lowChangeText}</td>
                  <td className="num">{comparison.total.highChangeText}</td>
                </tr>
                <tr>
                  <th scope="row">{text['midpoint-row']}</th>
                  <td className="num">{comparison.midpoint.aText}</td>
                  <td className="num">{comparison.midpoint.bText}</td>
                  <td className="num" colSpan={2}>
                    {comparison.midpoint.changeText}
                  </td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
          {comparison.sameLinesText && <p className="hint">{comparison.sameLinesText}</p>}
        </>
      )}
    </div>
  );
}
