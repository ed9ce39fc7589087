import { useEffect, useEffectEvent } from 'react';
import type { AnswerValue } from '../../domain/content-types';

const VALUE_BY_KEY: Readonly<Record<string, AnswerValue>> = { y: 'yes', n: 'no', u: 'unsure' };

/**
 * Y / N / U answer the current question (the documented shortcut). Ignored while typing in a
 * text field, with modifier keys (so browser shortcuts keep working), or inside a dialog.
 */
export function useAnswerKeys(enabled: boolean, onKey: (value: AnswerValue, event: KeyboardEvent) => void): void {
  // The listener stays the same while always calling the latest handler.
  const handler = useEffectEvent(onKey);

  useEffect(() => {
    if (!enabled) return;
    function listen(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const value = VALUE_BY_KEY[event.key.toLowerCase()];
      if (!value) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input:not([type=radio]), textarea, select, [contenteditable], dialog')) return;
      event.preventDefault();
      handler(value, event);
    }
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  }, [enabled]);
}
