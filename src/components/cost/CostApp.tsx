import '../../styles/forms.css';
import './cost.css';
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { defaultScenarioNames, type CostContext } from '../../domain/cost-state';
import { $cost, initCost, keepShownReference } from '../../stores/cost';
import { Notices } from '../common/Notices';
import { dropShareFragment, useShareLinkArrivals } from '../common/use-share-link-arrivals';
import type { CostProps } from './cost-props';

/*
 * The calculator (react-hook-form, the form schemas, the results) is its own chunk. React (69 KB
 * gzip), react-hook-form with its resolver (14 KB) and zod/mini (6.5 KB) alone come to the whole
 * 90 KB initial-JS budget (scripts/budgets.json), so this island's entry is only the shell: it loads the
 * saved state and shows notices. The server still
 * renders the whole calculator, so the page is complete before any script runs; in the browser
 * the chunk is requested as soon as this module runs, and hydration waits for it, keeping the
 * server HTML on screen meanwhile.
 *
 * There is deliberately no <Suspense> boundary: React's server renderer streams a large boundary
 * separately, with inline scripts that the CSP blocks. So the server imports the component
 * directly, and in the browser the lazy component suspends the island's hydration as a whole.
 */
const serverCalculator = import.meta.env.SSR ? (await import('./CostCalculator')).CostCalculator : null;
const calculatorChunk = serverCalculator ? null : import('./CostCalculator');
const Calculator =
  serverCalculator ??
  lazy(async () => ({
    default: (await (calculatorChunk as Promise<typeof import('./CostCalculator')>)).CostCalculator,
  }));

/** The /cost/ island: loads saved state or a share link once the calculator is live. */
export function CostApp(props: CostProps) {
  const { costLines, assumptions, removableLineIds, text } = props;
  const context = useMemo<CostContext>(
    // The estimate reads only the cost lines and assumptions; questions and stages stay empty.
    () => ({
      content: { questions: [], stages: [], costLines, assumptions },
      removableLineIds,
      scenarioNames: defaultScenarioNames(text),
    }),
    [costLines, assumptions, removableLineIds, text],
  );
  const ready = useStore($cost) !== null;
  const [mounted, setMounted] = useState(false);
  const onMounted = useCallback(() => setMounted(true), []);

  // What the page shows is kept from the first moment it can be: hydration waits for the
  // calculator's chunk (a second or more on a slow phone), and leaving before then used to lose
  // it. Called while rendering, in the browser only, because no effect runs until that chunk has
  // arrived; it writes once, only when nothing is stored, and changes nothing this page renders.
  if (typeof window !== 'undefined') keepShownReference(context);

  // Saved state is loaded only once the calculator has hydrated: a store update reaching server
  // HTML that React has not yet hydrated would make it throw that HTML away and re-render.
  const openLink = useCallback(
    (fragment: string) => void initCost(context, fragment, { shown: true, text, onShareSettled: dropShareFragment }),
    [context, text],
  );
  useEffect(() => {
    if (mounted) openLink(window.location.hash);
  }, [mounted, openLink]);
  // A link opened while this page is already open (pasted into the address bar) is read the same way.
  useShareLinkArrivals(mounted, openLink);

  // Runs after the calculator's forms have re-mounted with the loaded state and subscribed to
  // their fields (children's effects run first), so tests can wait for data-ready before typing.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ready && root.current) root.current.dataset.ready = 'true';
  }, [ready]);

  return (
    <div className="cost stack stack--s" ref={root}>
      <Notices text={props.text} />
      <Calculator {...props} context={context} onMounted={onMounted} />
    </div>
  );
}
