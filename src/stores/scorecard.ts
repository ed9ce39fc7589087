/**
 * The day-one scorecard being written, persisted under STORAGE_KEYS.scorecard. Components call the
 * actions; none sets the store directly.
 */
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { documentCodec } from '../domain/document-codec';
import type { ScorecardContent } from '../domain/document-types';
import {
  EMPTY_SCORECARD,
  MAX_STORED_SCORECARD_LENGTH,
  SCORECARD_TEXT_LIMITS,
  decodeStoredScorecard,
  encodeStoredScorecard,
  type ScorecardState,
  type ScorecardTextField,
  type StopAction,
} from '../domain/scorecard';
import { MAX_SIGNER_LENGTH, signOffOf, type SignOff } from '../domain/sign-off';
import { createDocumentStore } from './document-store';

let signOffRoles: ScorecardContent['signOffRoles'] = [];

const store = createDocumentStore<ScorecardState>({
  key: STORAGE_KEYS.scorecard.key,
  store: 'scorecard',
  codec: documentCodec({
    maxLength: MAX_STORED_SCORECARD_LENGTH,
    empty: () => EMPTY_SCORECARD,
    encode: encodeStoredScorecard,
    decode: (text) => decodeStoredScorecard(text, { signOffRoles }),
  }),
});

export const $scorecard = store.$value;
export const $scorecardLoaded = store.$loaded;

export function initScorecard(content: Pick<ScorecardContent, 'signOffRoles'>): void {
  signOffRoles = content.signOffRoles;
  store.load();
}

/** Returns false (and changes nothing) when the text is over the field's cap. */
export function setScorecardText(field: ScorecardTextField, text: string): boolean {
  if (text.length > SCORECARD_TEXT_LIMITS[field]) return false;
  return store.set({ ...$scorecard.get(), [field]: text });
}

export function setStopAction(action: StopAction): void {
  store.set({ ...$scorecard.get(), stopAction: action });
}

export function setScorecardSignOff(roleId: Id, part: keyof SignOff, text: string): boolean {
  if (text.length > (part === 'name' ? MAX_SIGNER_LENGTH : 10)) return false;
  const state = $scorecard.get();
  const signOff = { ...signOffOf(state.signOffs, roleId), [part]: text };
  return store.set({ ...state, signOffs: { ...state.signOffs, [roleId]: signOff } });
}

/** Replaces the scorecard (null: clears it), loaded on this page or not. */
export const replaceScorecard = store.replace;

export function resetScorecard(): void {
  store.replace(null);
}
