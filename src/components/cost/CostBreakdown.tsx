import type { ReactNode } from 'react';
import type { CostAssumptions } from '../../domain/content-types';
import type { CostInputs } from '../../domain/cost-inputs';
import type { PricedEstimate } from '../../domain/cost-scenarios';
import type { CostView } from '../../domain/cost-view';
import { formatMoney } from '../../domain/format';
import { compactMoney, plural, spokenRange } from './money';

type PricedLine = PricedEstimate['lines'][number];

interface CostBreakdownProps {
  view: CostView;
  inputs: CostInputs;
  assumptions: CostAssumptions;
  code: string;
  currencyLabel: string;
}

const ROW = 52;
const LABEL_Y = 18;
const BAR_Y = 26;
const BAR_HEIGHT = 16;
const AXIS = 30;

const BASIS: Record<PricedLine['basis'], string> = {
  reference: 'Reference range',
  volume: 'Your volume',
  override: 'Your quote',
  excluded: 'Left out',
};

/**
 * One bar per line from its low to its high on a shared axis. The SVG is a single image with a
 * summary for screen readers; the table after it is the real data. Sizes are SVG attributes and
 * percentages (no style attributes: the CSP forbids them), so it fits any width.
 */
function CostChart({ view, code }: { view: CostView; code: string }) {
  const { lines } = view.priced;
  const { axis } = view;
  const x = (amount: number) => `${(amount / axis.max) * 100}%`;
  const plotHeight = lines.length * ROW;
  const height = plotHeight + AXIS;
  const largest = lines.reduce<PricedLine | null>((a, b) => (!a || b.high > a.high ? b : a), null);
  const summary =
    `Bar chart of the year-one range of each of the ${lines.length} cost lines, on a scale from ` +
    `${formatMoney(0, code)} to ${formatMoney(axis.max, code)}.` +
    (largest && largest.high > 0 ? ` The largest is ${largest.item.label}, ${spokenRange(largest, code)}.` : '') +
    ' The table that follows has every figure.';
  const last = axis.ticks.length - 1;
  return (
    <figure className="cost-chart">
      <svg className="cost-chart__svg" role="img" aria-label={summary} width="100%" height={height}>
        {axis.ticks.map((tick) => (
          <line key={tick} className="cost-chart__grid" x1={x(tick)} x2={x(tick)} y1={0} y2={plotHeight} />
        ))}
        {lines.map((line, index) => {
          const top = index * ROW;
          const warn = line.wrongCut ? ' cost-chart__bar--warning' : '';
          return (
            <g key={line.item.id}>
              <text className="cost-chart__label" x="0" y={top + LABEL_Y}>
                {line.item.label}
                {line.basis === 'excluded' ? ' — left out' : line.high === 0 ? ' — none' : ''}
              </text>
              {line.high > line.low ? (
                <rect
                  className={`cost-chart__bar${warn}`}
                  x={x(line.low)}
                  y={top + BAR_Y}
                  width={x(line.high - line.low)}
                  height={BAR_HEIGHT}
                  rx={3}
                />
              ) : (
                line.high > 0 && (
                  <line
                    className={`cost-chart__point${warn}`}
                    x1={x(line.low)}
                    x2={x(line.low)}
                    y1={top + BAR_Y - 2}
                    y2={top + BAR_Y + BAR_HEIGHT + 2}
                  />
                )
              )}
            </g>
          );
        })}
        {axis.ticks.map((tick, index) => (
          <text
            key={tick}
            // Every other label gives way on narrow screens (CSS), so labels never overlap.
            className={`cost-chart__tick${index % 2 === 1 && index !== last ? ' cost-chart__tick--minor' : ''}`}
            x={x(tick)}
            y={height - 8}
            textAnchor={index === 0 ? 'start' : index === last ? 'end' : 'middle'}
          >
            {compactMoney(tick, code)}
          </text>
        ))}
      </svg>
      <figcaption className="hint">Each bar runs from a line&rsquo;s low estimate to its high.</figcaption>
    </figure>
  );
}

function unitsOf(line: PricedLine, inputs: CostInputs): string {
  switch (line.item.scalesWith) {
    case 'workflow':
      return plural(line.units, 'workflow');
    case 'agent':
      return plural(line.units, 'agent');
    case 'programme':
      return 'Programme';
    case 'usage':
      return inputs.inference.mode === 'volume' && line.basis === 'volume'
        ? `${plural(inputs.inference.tasksPerMonth * 12, 'task')} a year`
        : 'A year of use';
  }
}

function notesOf(line: PricedLine, inputs: CostInputs, assumptions: CostAssumptions): ReactNode[] {
  const notes: ReactNode[] = [];
  const assumption = <span className="tag tag--assumption">Assumption</span>;
  if (line.wrongCut) notes.push(<span className="tag cost-tag--warning">Wrong cut</span>);
  else if (line.item.protected) notes.push(<span className="tag cost-tag--protected">Protected</span>);
  const computed = line.basis === 'reference' || line.basis === 'volume';
  const { inference } = inputs;
  if (line.basis === 'volume' && inference.mode === 'volume') {
    const tier = assumptions.modelTiers.find((t) => t.id === inference.modelTier);
    if (tier)
      notes.push(
        <>
          {tier.label} prices {assumption}
        </>,
      );
  }
  const deployment = assumptions.deployments.find((d) => d.id === inputs.deployment);
  if (computed && line.item.deploymentSensitive && deployment && deployment.multiplierPercent !== 100) {
    const diff = deployment.multiplierPercent - 100;
    notes.push(
      <>
        {diff > 0 ? '+' : '\u2212'}
        {Math.abs(diff)}% for {deployment.label.toLowerCase()} {assumption}
      </>,
    );
  }
  if (line.basis === 'override') notes.push('Replaces the reference range');
  if (line.basis === 'excluded') notes.push('Not part of this plan');
  return notes;
}

function Notes({ notes }: { notes: ReactNode[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="cost-notes">
      {notes.map((note, index) => (
        <li key={index}>{note}</li>
      ))}
    </ul>
  );
}

/** The breakdown chart and the table behind it, in the display currency. */
export function CostBreakdown({ view, inputs, assumptions, code, currencyLabel }: CostBreakdownProps) {
  const { lines, total } = view.priced;
  return (
    <div className="stack stack--m">
      <CostChart view={view} code={code} />
      {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex */}
      <div className="table-wrap" role="region" aria-labelledby="cost-table-caption" tabIndex={0}>
        <table className="table cost-table">
          <caption id="cost-table-caption">
            Year-one cost by line ({currencyLabel}, {code})
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Units</th>
              <th scope="col" className="num">
                Low
              </th>
              <th scope="col" className="num">
                High
              </th>
              <th scope="col">Basis</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.item.id} className={line.wrongCut ? 'cost-table__row--warning' : undefined}>
                <th scope="row">{line.item.label}</th>
                <td>{unitsOf(line, inputs)}</td>
                <td className="num">{formatMoney(line.low, code)}</td>
                <td className="num">{formatMoney(line.high, code)}</td>
                <td>{BASIS[line.basis]}</td>
                <td>
                  <Notes notes={notesOf(line, inputs, assumptions)} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total, year one</th>
              <td />
              <td className="num">{formatMoney(total.low, code)}</td>
              <td className="num">{formatMoney(total.high, code)}</td>
              <td colSpan={2}>Midpoint {formatMoney(total.midpoint, code)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
