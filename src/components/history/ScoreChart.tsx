import { useMemo } from 'react';
import type { Snapshot } from '../../domain/history';
import { scoreChart } from '../../domain/history-view';
import type { HistoryText } from './history-props';

const pct = (n: number) => `${n}%`;

/**
 * One client's score over time as a small line chart, with the date under each point (or the first
 * and latest). The SVG has no viewBox: across it is laid out in percentages and down in pixels, so
 * it fills its column while its text stays the page's size. It is one image with a summary for
 * screen readers; the table beside it holds every figure, so nothing is shown only in the picture.
 */
export function ScoreChart({ snapshots, text }: { snapshots: readonly Snapshot[]; text: HistoryText }) {
  const chart = useMemo(() => scoreChart(snapshots, text), [snapshots, text]);
  const { plot } = chart;
  return (
    <figure className="score-chart">
      <svg className="score-chart__svg" height={chart.height} role="img" aria-label={chart.summary} focusable="false">
        {chart.ticks.map((tick) => (
          <g key={tick.label}>
            <line className="score-chart__grid" x1={pct(plot.left)} x2={pct(plot.right)} y1={tick.y} y2={tick.y} />
            <text className="score-chart__tick" x={pct(plot.left - 2)} y={tick.y} dy="0.35em" textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        {chart.segments.map((segment, index) => (
          <line
            key={index}
            className="score-chart__line"
            x1={pct(segment.x1)}
            y1={segment.y1}
            x2={pct(segment.x2)}
            y2={segment.y2}
          />
        ))}
        {chart.points.map((point, index) => (
          <circle key={index} className="score-chart__point" cx={pct(point.x)} cy={point.y} r={6} />
        ))}
        {chart.dates.map((date) => (
          <text key={date.x} className="score-chart__tick" x={pct(date.x)} y={date.y} textAnchor={date.anchor}>
            {date.label}
          </text>
        ))}
      </svg>
      <figcaption className="score-chart__caption">{text['chart-caption']}</figcaption>
    </figure>
  );
}
