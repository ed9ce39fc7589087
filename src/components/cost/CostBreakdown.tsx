import type { CostDisplay, CostLineNote } from '../../domain/cost-display';
import { fillSlots } from '../../domain/fill-slots';
import { TableScroll } from '../common/TableScroll';
import type { CostText } from './cost-props';

const ROW = 52;
const LABEL_Y = 18;
const BAR_Y = 26;
const BAR_HEIGHT = 16;
const AXIS = 30;

/**
 * One bar per line from its low to its high on a shared axis. The SVG is a single image with a
 * summary for screen readers; the table after it is the real data. Sizes are SVG attributes and
 * percentages (no style attributes: the CSP forbids them), so it fits any width.
 */
export function CostChart({ display, stale = false }: { display: CostDisplay; stale?: boolean }) {
  const { lines, chart } = display;
  const x = (amount: number) => `${(amount / chart.max) * 100}%`;
  const plotHeight = lines.length * ROW;
  const height = plotHeight + AXIS;
  const last = chart.ticks.length - 1;
  return (
    <figure className={`cost-chart${stale ? ' cost-chart--stale' : ''}`}>
      <svg className="cost-chart__svg" role="img" aria-label={chart.summary} width="100%" height={height}>
        {chart.ticks.map(({ value }) => (
          <line key={value} className="cost-chart__grid" x1={x(value)} x2={x(value)} y1={0} y2={plotHeight} />
        ))}
        {lines.map((line, index) => {
          const top = index * ROW;
          const warn = line.wrongCut ? ' cost-chart__bar--warning' : '';
          return (
            <g key={line.id}>
              <text className="cost-chart__label" x="0" y={top + LABEL_Y}>
                {line.chartLabel}
              </text>
              <text
                className="cost-chart__value"
                data-testid="cost-chart-value"
                {...(line.chartValuePlacement === 'above'
                  ? { x: '100%', y: top + LABEL_Y, textAnchor: 'end' }
                  : line.chartValuePlacement === 'after'
                    ? { x: x(line.high), dx: 6, y: top + BAR_Y + BAR_HEIGHT - 3, textAnchor: 'start' }
                    : { x: x(line.low), dx: -6, y: top + BAR_Y + BAR_HEIGHT - 3, textAnchor: 'end' })}
              >
                {line.chartValueText}
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
        {chart.ticks.map((tick, index) => (
          <text
            key={tick.value}
            // Every other label gives way on narrow screens (CSS), so labels never overlap.
            className={`cost-chart__tick${index % 2 === 1 && index !== last ? ' cost-chart__tick--minor' : ''}`}
            x={x(tick.value)}
            y={height - 8}
            textAnchor={index === 0 ? 'start' : index === last ? 'end' : 'middle'}
          >
            {tick.label}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul className="cost-chart__legend">
          {chart.legend.map((entry) => (
            <li key={entry.kind} className={`cost-chart__key cost-chart__key--${entry.kind}`}>
              {entry.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function Notes({ notes, assumptionTag }: { notes: readonly CostLineNote[]; assumptionTag: string }) {
  if (notes.length === 0) return null;
  return (
    <ul className="cost-notes">
      {notes.map((note) => (
        <li key={note.text}>
          {note.text}
          {note.assumption && (
            <>
              {' '}
              <span className="tag tag--assumption">{assumptionTag}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The table behind the chart (which leads the page), in the display currency. */
export function CostBreakdown({ display, text }: { display: CostDisplay; text: CostText }) {
  const { lines, total, currency } = display;
  return (
    <div className="stack stack--m">
      <TableScroll labelledBy="cost-table-caption" text={text}>
        <table className="table cost-table">
          <caption id="cost-table-caption">
            {fillSlots(text['breakdown-caption'], { 'currency-name': currency.label, currency: currency.code })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{text['line-column']}</th>
              <th scope="col">{text['units-column']}</th>
              <th scope="col" className="num">
                {text['low-column']}
              </th>
              <th scope="col" className="num">
                {text['high-column']}
              </th>
              <th scope="col">{text['basis-column']}</th>
              <th scope="col">{text['notes-column']}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id} className={line.wrongCut ? 'cost-table__row--warning' : undefined}>
                <th scope="row">{line.label}</th>
                <td>{line.unitsText}</td>
                <td className="num">{line.lowText}</td>
                <td className="num">{line.highText}</td>
                <td>{line.basisText}</td>
                <td>
                  {line.wrongCut ? (
                    <span className="tag cost-tag--warning">{text['wrong-cut-tag']}</span>
                  ) : (
                    line.protected && <span className="tag cost-tag--protected">{text['protected-tag']}</span>
                  )}
                  <Notes notes={line.notes} assumptionTag={text['assumption-tag']} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{text['total-row']}</th>
              <td />
              <td className="num">{total.lowText}</td>
              <td className="num">{total.highText}</td>
              <td colSpan={2}>{fillSlots(text['card-midpoint'], { midpoint: total.midpointText })}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </div>
  );
}
