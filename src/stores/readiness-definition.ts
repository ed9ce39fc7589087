/**
 * The production-readiness definition being written, persisted under
 * STORAGE_KEYS.readinessDefinition. Components call the actions; none sets the store directly.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { MAX_DOCUMENT_NOTE_LENGTH } from '../domain/invariant-check';
import {
  MAX_EVIDENCE_LENGTH,
  MAX_OWNER_LENGTH,
  MAX_TARGET_LENGTH,
  decodeStoredDefinition,
  elementEntry,
  encodeStoredDefinition,
  initialDefinition,
  type DefinitionContent,
  type ElementEntry,
  type ReadinessDefinitionState,
} from '../domain/readiness-definition';
import { MAX_NAME_LENGTH, MAX_SIGNER_LENGTH, signOffOf, type SignOff } from '../domain/sign-off';
import { showNotice } from './notices';
import { readStored, removeStored, writeStored } from './storage';

/** null until initDefinition has the content (the defaults come from it). */
export const $definition = atom<ReadinessDefinitionState | null>(null);

let content: DefinitionContent | undefined;
let unsubscribe: (() => void) | undefined;

const ELEMENT_LIMITS: Record<keyof ElementEntry, number> = {
  target: MAX_TARGET_LENGTH,
  owner: MAX_OWNER_LENGTH,
  evidence: MAX_EVIDENCE_LENGTH,
};

/** The one place this store meets storage: an untouched definition (the defaults) leaves the device clean. */
function persistDefinition(state: ReadinessDefinitionState | null): void {
  if (!state || !content) return;
  const encoded = encodeStoredDefinition(state);
  if (encoded === encodeStoredDefinition(initialDefinition(content.elements)))
    removeStored(STORAGE_KEYS.readinessDefinition.key);
  else writeStored(STORAGE_KEYS.readinessDefinition.key, encoded);
}

export function initDefinition(definitionContent: DefinitionContent): void {
  content = definitionContent;
  unsubscribe?.();
  const stored = decodeStoredDefinition(readStored(STORAGE_KEYS.readinessDefinition.key), definitionContent);
  if (stored.problem || stored.dropped > 0)
    showNotice({
      id: 'stored-readiness-definition',
      tone: 'info',
      message: stored.state
        ? 'Part of the readiness definition saved on this device could not be read and was left out. Everything else is as you left it.'
        : 'The readiness definition saved on this device could not be read, so it starts again from the defaults.',
    });
  $definition.set(stored.state ?? initialDefinition(definitionContent.elements));
  if (stored.problem || stored.dropped > 0) persistDefinition($definition.get());
  unsubscribe = $definition.listen(persistDefinition);
}

function current(): ReadinessDefinitionState {
  const state = $definition.get();
  if (!state) throw new Error('initDefinition must run before the definition actions');
  return state;
}

/** Each setter returns false (and changes nothing) when the text is over the field's cap. */
export function setDefinitionText(field: 'system' | 'agreedOn' | 'notes', text: string): boolean {
  const max = field === 'system' ? MAX_NAME_LENGTH : field === 'agreedOn' ? 10 : MAX_DOCUMENT_NOTE_LENGTH;
  if (text.length > max) return false;
  $definition.set({ ...current(), [field]: text });
  return true;
}

export function setElementText(elementId: Id, part: keyof ElementEntry, text: string): boolean {
  if (text.length > ELEMENT_LIMITS[part]) return false;
  const state = current();
  const entry = { ...elementEntry(state, elementId), [part]: text };
  $definition.set({ ...state, elements: { ...state.elements, [elementId]: entry } });
  return true;
}

export function setDefinitionSignOff(roleId: Id, part: keyof SignOff, text: string): boolean {
  if (text.length > (part === 'name' ? MAX_SIGNER_LENGTH : 10)) return false;
  const state = current();
  const signOff = { ...signOffOf(state.signOffs, roleId), [part]: text };
  $definition.set({ ...state, signOffs: { ...state.signOffs, [roleId]: signOff } });
  return true;
}

/** Back to the defaults. Works before init too (clears what is stored). */
export function resetDefinition(): void {
  removeStored(STORAGE_KEYS.readinessDefinition.key);
  if (content) $definition.set(initialDefinition(content.elements));
}
