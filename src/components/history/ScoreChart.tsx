import { useMemo } from 'react';
import type { Snapshot } from '../../domain/history';
import { scoreChart } from '../../domain/history-view';

/**
 * Score over time as a small line chart. The SVG is one image with a summary for screen readers;
 * the table beside it holds every figure, so nothing is shown only in the picture.
 */
export function ScoreChart({ snapshots }: { snapshots: readonly Snapshot[] }) {
  const chart = useMemo(() => scoreChart(snapshots), [snapshots]);
  const { plot } = chart;
  return (
    <figure className="score-chart">
      <svg
        className="score-chart__svg"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={chart.summary}
        focusable="false"
      >
        {chart.ticks.map((tick) => (
          <g key={tick.label}>
            <line className="score-chart__grid" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text className="score-chart__tick" x={plot.left - 10} y={tick.y} dy="0.35em" textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        <path className="score-chart__line" d={chart.line} />
        {chart.points.map((point, index) => (
          <circle key={index} className="score-chart__point" cx={point.x} cy={point.y} r={6} />
        ))}
        <text className="score-chart__tick" x={plot.left} y={chart.height - 6}>
          Oldest
        </text>
        <text className="score-chart__tick" x={plot.right} y={chart.height - 6} textAnchor="end">
          Latest
        </text>
      </svg>
      <figcaption className="score-chart__caption">
        Score (questions answered Yes) of each saved result, oldest on the left.
      </figcaption>
    </figure>
  );
}
