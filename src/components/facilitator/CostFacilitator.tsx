import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import type { Id } from '../../domain/content-types';
import { useSessionKit, useSessionState } from './use-session-kit';
import type { NoteFieldProps, NoteFieldText } from './NoteField';
import type { TextLimitFieldText } from './TextLimitField';
import type { SharedText } from '../../schemas/page-wording';
import type { CostText } from '../cost/cost-props';

/**
 * Facilitator mode's tools are code most visitors of the cost page never run, and New session's
 * clearing reaches every store on the site: they load only once the session says facilitator mode
 * is on, which keeps the page's JavaScript within its budget (scripts/budgets.json). A chunk that
 * cannot be fetched leaves the tools out rather than taking the calculator down with it.
 */
function lazyTool<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const leftOut: ComponentType<Props> = () => null;
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: leftOut }),
    ),
  );
}
const FacilitatorPanel = lazyTool(() => import('./FacilitatorPanel').then((module) => module.FacilitatorPanel));
/** The note field for the cost, with the key the session keeps that note under. */
const CostNoteField = lazyTool<Omit<NoteFieldProps, 'noteKey'>>(() =>
  Promise.all([import('./NoteField'), import('../../domain/session-state')]).then(
    ([{ NoteField }, { COST_NOTE_KEY }]) =>
      function CostNoteField(props: Omit<NoteFieldProps, 'noteKey'>) {
        return <NoteField noteKey={COST_NOTE_KEY} {...props} />;
      },
  ),
);

/** Reads `?mode=facilitator` once, then drops it so switching the mode off sticks across reloads. */
function dropModeParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('mode')) return;
  url.searchParams.delete('mode');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/**
 * Loads the facilitator session on the cost page once the calculator has hydrated and the
 * session's code has arrived (until then there is none, as on the server, so hydration matches).
 * Its code is fetched only when this device holds a session or the address asks for one.
 */
function useCostSession(questionIds: readonly Id[]): boolean {
  const kit = useSessionKit();
  const session = useSessionState(kit);
  useEffect(() => {
    if (typeof kit === 'string') return;
    // The question ids keep the notes on the questions: a session decoded without them would
    // drop those notes as unknown.
    kit.initSession(questionIds, window.location.search);
    dropModeParam();
  }, [kit, questionIds]);
  return session?.facilitator ?? false;
}

/** The facilitator's tools above the calculator (label, presentation, New session), in facilitator mode. */
export function CostFacilitatorPanel({
  questionIds,
  text,
}: {
  questionIds: readonly Id[];
  text: SharedText<'confirm'> & SharedText<'facilitator'> & TextLimitFieldText;
}) {
  const on = useCostSession(questionIds);
  if (!on) return null;
  // New session starts the next client at question 1 of the diagnostic.
  return (
    <Suspense fallback={null}>
      <FacilitatorPanel onNewSession={() => window.location.assign('/assessment/')} text={text} />
    </Suspense>
  );
}

/** The facilitator's note on the year-one cost, in facilitator mode (not while presenting). */
export function CostNote({ text }: { text: CostNoteText }) {
  const session = useSessionState(useSessionKit());
  // Presentation mode is the client's view: notes stay off the shared screen.
  if (!session?.facilitator || session.presentation) return null;
  return <CostNoteSection text={text} />;
}

type CostNoteText = Pick<CostText, 'note-region-label' | 'note-subject'> & NoteFieldText;

/** The note's region and field, as CostNote shows them. */
export function CostNoteSection({ text }: { text: CostNoteText }) {
  return (
    <Suspense fallback={null}>
      <section className="facilitator-note" aria-label={text['note-region-label']}>
        <CostNoteField subject={text['note-subject']} text={text} />
      </section>
    </Suspense>
  );
}
