/**
 * Facilitator mode across the stores: switching it on (from the page or `?mode=facilitator`),
 * the view a facilitator starts on, and "New session", which clears the diagnostic, the cost
 * estimate, the documents, the decisions and the session for the next client while keeping saved
 * results.
 *
 * Loaded lazily by the diagnostic and cost islands, never up front.
 */
import type { Id } from '../domain/content-types';
import { EMPTY_SESSION } from '../domain/session-state';
import { $assessment, setView, startOver } from './assessment';
import { clearCost } from './cost';
import { clearDecisions } from './decisions';
import { clearDocuments } from './documents';
import { $session, initSession, replaceSession, setFacilitator } from './session';

/**
 * Loads the saved session. Returns true when `?mode=facilitator` has just switched facilitator
 * mode on (it was off on this device), so the caller can open the all-questions view.
 */
export function loadFacilitatorSession(questionIds: readonly Id[], search: string): boolean {
  initSession(questionIds, '');
  const wasOn = $session.get().facilitator;
  if (new URLSearchParams(search).get('mode') !== 'facilitator') return false;
  setFacilitator(true);
  return !wasOn;
}

/**
 * Facilitators work on the all-questions view: when the mode has just been switched on, and
 * whenever a diagnostic starts from nothing (a new client). A view chosen later is kept.
 */
export function applyFacilitatorView(justSwitchedOn: boolean): void {
  const { answers, view } = $assessment.get();
  if (!$session.get().facilitator || view === 'all') return;
  if (justSwitchedOn || Object.keys(answers).length === 0) setView('all');
}

/** The toggle on the diagnostic: on opens the all-questions view; off keeps the label and notes. */
export function switchFacilitator(on: boolean): void {
  setFacilitator(on);
  if (on) setView('all');
}

/**
 * Clears answers, cost inputs, the documents and checks, the decisions (use cases and deployment
 * answers), the client label and every note for the next client. Saved results are kept, and so
 * are facilitator mode and presentation type (same facilitator, same screen). Works on any page: a store that page never loaded is cleared in storage directly.
 */
export function startNewSession(): void {
  startOver();
  clearCost();
  clearDocuments();
  clearDecisions();
  const { facilitator, presentation } = $session.get();
  replaceSession({ ...EMPTY_SESSION, facilitator, presentation });
  if (facilitator) setView('all');
}
