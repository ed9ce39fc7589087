/**
 * The day-one scorecard being written, persisted under STORAGE_KEYS.scorecard. Components call the
 * actions; none sets the store directly.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import type { ScorecardContent } from '../domain/document-types';
import {
  EMPTY_SCORECARD,
  SCORECARD_TEXT_LIMITS,
  decodeStoredScorecard,
  encodeStoredScorecard,
  type ScorecardState,
  type ScorecardTextField,
  type StopAction,
} from '../domain/scorecard';
import { MAX_SIGNER_LENGTH, signOffOf, type SignOff } from '../domain/sign-off';
import { showNotice } from './notices';
import { readStored, removeStored, writeStored } from './storage';

export const $scorecard = atom<ScorecardState>(EMPTY_SCORECARD);
export const $scorecardLoaded = atom(false);

let unsubscribe: (() => void) | undefined;
const EMPTY_ENCODED = encodeStoredScorecard(EMPTY_SCORECARD);

/** The one place this store meets storage: an empty scorecard leaves the device clean. */
function persistScorecard(state: ScorecardState): void {
  const encoded = encodeStoredScorecard(state);
  if (encoded === EMPTY_ENCODED) removeStored(STORAGE_KEYS.scorecard.key);
  else writeStored(STORAGE_KEYS.scorecard.key, encoded);
}

export function initScorecard(content: Pick<ScorecardContent, 'signOffRoles'>): void {
  unsubscribe?.();
  const stored = decodeStoredScorecard(readStored(STORAGE_KEYS.scorecard.key), content);
  if (stored.problem || stored.dropped > 0)
    showNotice({
      id: 'stored-scorecard',
      tone: 'info',
      message: stored.state
        ? 'Part of the scorecard saved on this device could not be read and was left out. Everything else is as you left it.'
        : 'The scorecard saved on this device could not be read, so it starts afresh.',
    });
  $scorecard.set(stored.state ?? EMPTY_SCORECARD);
  $scorecardLoaded.set(true);
  if (stored.problem || stored.dropped > 0) persistScorecard($scorecard.get());
  unsubscribe = $scorecard.listen(persistScorecard);
}

/** Returns false (and changes nothing) when the text is over the field's cap. */
export function setScorecardText(field: ScorecardTextField, text: string): boolean {
  if (text.length > SCORECARD_TEXT_LIMITS[field]) return false;
  $scorecard.set({ ...$scorecard.get(), [field]: text });
  return true;
}

export function setStopAction(action: StopAction): void {
  $scorecard.set({ ...$scorecard.get(), stopAction: action });
}

export function setScorecardSignOff(roleId: Id, part: keyof SignOff, text: string): boolean {
  if (text.length > (part === 'name' ? MAX_SIGNER_LENGTH : 10)) return false;
  const state = $scorecard.get();
  const signOff = { ...signOffOf(state.signOffs, roleId), [part]: text };
  $scorecard.set({ ...state, signOffs: { ...state.signOffs, [roleId]: signOff } });
  return true;
}

export function resetScorecard(): void {
  removeStored(STORAGE_KEYS.scorecard.key);
  $scorecard.set(EMPTY_SCORECARD);
}
