import type { LadderRungView } from '../../domain/diagnostic-view';
import type { SharedText } from '../../schemas/page-wording';

/**
 * The stages as a ladder, this one marked. An ordered list is its own text alternative: the
 * order is the ladder, and aria-current names the current rung for screen readers.
 */
export function Ladder({ ladder, text }: { ladder: readonly LadderRungView[]; text: SharedText<'ladder'> }) {
  return (
    <ol className="ladder" aria-label={text['ladder-label']}>
      {ladder.map((rung) => (
        <li
          key={rung.id}
          className={`ladder__rung ladder__rung--${rung.position}`}
          aria-current={rung.position === 'current' ? 'step' : undefined}
        >
          <span className="ladder__name">{rung.name}</span>
          {rung.position === 'current' && <span className="ladder__marker">{text['ladder-here']}</span>}
        </li>
      ))}
    </ol>
  );
}
