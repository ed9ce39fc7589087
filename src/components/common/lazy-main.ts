/*
 * How an island loads its main component. React alone is ~69 KB gzip of the 90 KB initial-JS
 * budget, so an island's entry is only a shell and its main component is its own chunk, requested
 * as soon as the entry runs (it counts toward the 120 KB "fully interactive" budget instead). The server
 * imports the component directly and renders the whole page; in the browser the lazy component
 * suspends the island's hydration as a whole, keeping the server HTML on screen meanwhile.
 *
 * There is deliberately no <Suspense> boundary: React's server renderer streams a large boundary
 * separately, with inline scripts that the CSP blocks.
 */
import { lazy, type ComponentType } from 'react';

export function lazyMain<P extends object>(
  server: ComponentType<P> | null,
  chunk: Promise<ComponentType<P>> | null,
): ComponentType<P> {
  return (
    server ??
    (lazy(async () => ({ default: await (chunk as Promise<ComponentType<P>>) })) as unknown as ComponentType<P>)
  );
}
