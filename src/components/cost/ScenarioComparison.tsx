import type { Range } from '../../domain/cost-estimate';
import type { ScenarioComparison as Comparison } from '../../domain/cost-scenarios';
import { formatMoney } from '../../domain/format';
import { moneyRange, signedMoney } from './money';

interface ScenarioComparisonProps {
  comparison: Comparison;
  names: readonly [string, string];
  code: string;
}

function headline({ total }: Comparison, [a, b]: readonly [string, string], code: string): string {
  const { low, high } = total.difference;
  const span = (x: number, y: number) => moneyRange({ low: Math.min(x, y), high: Math.max(x, y) }, code);
  if (low <= 0 && high <= 0) return `“${b}” costs ${span(-low, -high)} less than “${a}”.`;
  if (low >= 0 && high >= 0) return `“${b}” costs ${span(low, high)} more than “${a}”.`;
  return `“${b}” changes the low estimate by ${signedMoney(low, code)} and the high by ${signedMoney(high, code)} compared with “${a}”.`;
}

const DiffCells = ({ difference, code }: { difference: Range; code: string }) => (
  <>
    <td className="num">{signedMoney(difference.low, code)}</td>
    <td className="num">{signedMoney(difference.high, code)}</td>
  </>
);

/** Both scenarios side by side, with the difference (second minus first) per line and in total. */
export function ScenarioComparison({ comparison, names, code }: ScenarioComparisonProps) {
  const [a, b] = names;
  const { total } = comparison;
  return (
    <div className="stack stack--m">
      <div className="cost-scenarios">
        {(
          [
            [a, total.a],
            [b, total.b],
          ] as const
        ).map(([name, range], index) => (
          <div className="card cost-scenarios__card" key={index}>
            <h3 className="card__title">{name}</h3>
            <p className="cost-scenarios__range">{moneyRange(range, code)}</p>
            <p className="muted">Midpoint {formatMoney(range.midpoint, code)}</p>
          </div>
        ))}
      </div>
      <p className="cost-scenarios__headline">
        {comparison.same
          ? `The two scenarios cost the same. Choose “${b}” under “Scenario you are editing” and change it to compare.`
          : headline(comparison, names, code)}
      </p>
      {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex */}
      <div className="table-wrap" role="region" aria-labelledby="cost-compare-caption" tabIndex={0}>
        <table className="table cost-table">
          <caption id="cost-compare-caption">
            “{b}” compared with “{a}”, by line ({code})
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="num">
                {a}
              </th>
              <th scope="col" className="num">
                {b}
              </th>
              <th scope="col" className="num">
                Change, low
              </th>
              <th scope="col" className="num">
                Change, high
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.label}</th>
                <td className="num">{moneyRange(line.a, code)}</td>
                <td className="num">{moneyRange(line.b, code)}</td>
                <DiffCells difference={line.difference} code={code} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total, year one</th>
              <td className="num">{moneyRange(total.a, code)}</td>
              <td className="num">{moneyRange(total.b, code)}</td>
              <DiffCells difference={total.difference} code={code} />
            </tr>
            <tr>
              <th scope="row">Midpoint</th>
              <td className="num">{formatMoney(total.a.midpoint, code)}</td>
              <td className="num">{formatMoney(total.b.midpoint, code)}</td>
              <td className="num" colSpan={2}>
                {signedMoney(total.difference.midpoint, code)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
