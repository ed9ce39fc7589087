import { useEffect } from 'react';

/** The class on <html> that scales the type up for a shared screen (see facilitator.css). */
export const PRESENTING_CLASS = 'presenting';

/**
 * Presentation type for the page while `on`. A class on the document element rather than a
 * style: the CSP forbids inline styles, and rem-based sizes then all scale together.
 */
export function usePresentationClass(on: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle(PRESENTING_CLASS, on);
    return () => root.classList.remove(PRESENTING_CLASS);
  }, [on]);
}
