import type { ReactNode } from 'react';
import type { SharedText } from '../../schemas/page-wording';

interface ToggleButtonProps {
  pressed: boolean;
  onToggle: (next: boolean) => void;
  children: ReactNode;
  className?: string;
  describedBy?: string;
  /** The visible "On" and "Off", from the page file. */
  text: Pick<SharedText<'facilitator'>, 'toggle-on' | 'toggle-off'>;
}

/**
 * An on/off button (aria-pressed). The visible "On"/"Off" is hidden from assistive technology,
 * which hears the pressed state instead, so the button's name stays the same in both states.
 */
export function ToggleButton({
  pressed,
  onToggle,
  children,
  className = 'button--link',
  describedBy,
  text,
}: ToggleButtonProps) {
  return (
    <button
      type="button"
      className={`button toggle ${className}`}
      aria-pressed={pressed}
      aria-describedby={describedBy}
      onClick={() => onToggle(!pressed)}
    >
      {children}
      <span className="toggle__state" aria-hidden="true">
        {text[pressed ? 'toggle-on' : 'toggle-off']}
      </span>
    </button>
  );
}
