import type { LadderRung } from '../../domain/diagnosis';

/**
 * The five stages as a ladder, this one marked. An ordered list is its own text alternative: the
 * order is the ladder, and aria-current names the current rung for screen readers.
 */
export function Ladder({ ladder }: { ladder: readonly LadderRung[] }) {
  return (
    <ol className="ladder" aria-label="Stages, least to most mature">
      {ladder.map(({ stage, position }) => (
        <li
          key={stage.id}
          className={`ladder__rung ladder__rung--${position}`}
          aria-current={position === 'current' ? 'step' : undefined}
        >
          <span className="ladder__name">{stage.name}</span>
          {position === 'current' && <span className="ladder__marker">You are here</span>}
        </li>
      ))}
    </ol>
  );
}
