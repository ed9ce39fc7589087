import { useEffect, useEffectEvent } from 'react';

/** Where typing a character means text, not a shortcut. */
const TYPING = 'input:not([type=radio]):not([type=checkbox]), textarea, select, [contenteditable], dialog';

/**
 * Calls `onPress` when `?` is pressed outside a text field. Lives in the page's first bundle, not
 * with the lazily loaded shortcuts dialog, so a `?` pressed before the dialog's code has arrived
 * still opens it once it has.
 */
export function useShortcutsKey(enabled: boolean, onPress: () => void): void {
  // The listener stays the same while always calling the latest handler.
  const handler = useEffectEvent(onPress);

  useEffect(() => {
    if (!enabled) return;
    function listen(event: KeyboardEvent) {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if ((event.target as HTMLElement | null)?.closest(TYPING)) return;
      event.preventDefault();
      handler();
    }
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  }, [enabled]);
}
