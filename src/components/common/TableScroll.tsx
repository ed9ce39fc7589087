import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SharedText } from '../../schemas/page-wording';

interface TableScrollProps {
  /** Id of the table's caption: names the scroll region for screen readers. */
  labelledBy: string;
  children: ReactNode;
  /** The sideways-scroll hint's words, from the page file of the page that shows the table. */
  text: SharedText<'table-scroll'>;
}

/**
 * A wide table's scrolling box. It is a named, focusable region so keyboard users can scroll it
 * with the arrow keys; when the table is wider than the screen, a line above it says so (the
 * shadows at the clipped edge, from global.css, show which way there is more).
 */
export function TableScroll({ labelledBy, children, text }: TableScrollProps) {
  const box = useRef<HTMLDivElement>(null);
  const [clipped, setClipped] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setClipped(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="table-scroll">
      {clipped && (
        <p className="table-scroll__hint">
          {text['table-scroll-hint']} <span aria-hidden="true">→</span>
        </p>
      )}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- keyboard users scroll it too */}
      <div ref={box} className="table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
