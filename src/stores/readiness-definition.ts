/**
 * The production-readiness definition being written, persisted under
 * STORAGE_KEYS.readinessDefinition. Components call the actions; none sets the store directly.
 */
import { computed } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { documentCodec } from '../domain/document-codec';
import { MAX_DOCUMENT_NOTE_LENGTH } from '../domain/invariant-check';
import {
  MAX_EVIDENCE_LENGTH,
  MAX_STORED_DEFINITION_LENGTH,
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
import { createDocumentStore } from './document-store';

let content: DefinitionContent | undefined;

const store = createDocumentStore<ReadinessDefinitionState>({
  key: STORAGE_KEYS.readinessDefinition.key,
  store: 'readiness-definition',
  codec: documentCodec({
    maxLength: MAX_STORED_DEFINITION_LENGTH,
    // The defaults come from content; an untouched definition (the defaults) is never stored.
    empty: () => initialDefinition(content?.elements ?? []),
    encode: encodeStoredDefinition,
    // Read only once initDefinition has the content (load and other tabs' changes come after it).
    decode: (text) => (content ? decodeStoredDefinition(text, content) : { state: null, problem: null, dropped: 0 }),
  }),
});

/** null until initDefinition has the content (the defaults come from it). */
export const $definition = computed([store.$value, store.$loaded], (state, loaded) => (loaded ? state : null));

export function initDefinition(definitionContent: DefinitionContent): void {
  content = definitionContent;
  // The value in memory starts as the defaults, so loading merges what is stored over them.
  if (!store.$loaded.get()) store.set(initialDefinition(definitionContent.elements));
  store.load();
}

const ELEMENT_LIMITS: Record<keyof ElementEntry, number> = {
  target: MAX_TARGET_LENGTH,
  owner: MAX_OWNER_LENGTH,
  evidence: MAX_EVIDENCE_LENGTH,
};

function current(): ReadinessDefinitionState {
  const state = $definition.get();
  if (!state) throw new Error('initDefinition must run before the definition actions');
  return state;
}

/** Each setter returns false (and changes nothing) when the text is over the field's cap. */
export function setDefinitionText(field: 'system' | 'agreedOn' | 'notes', text: string): boolean {
  const max = field === 'system' ? MAX_NAME_LENGTH : field === 'agreedOn' ? 10 : MAX_DOCUMENT_NOTE_LENGTH;
  if (text.length > max) return false;
  return store.set({ ...current(), [field]: text });
}

export function setElementText(elementId: Id, part: keyof ElementEntry, text: string): boolean {
  if (text.length > ELEMENT_LIMITS[part]) return false;
  const state = current();
  const entry = { ...elementEntry(state, elementId), [part]: text };
  return store.set({ ...state, elements: { ...state.elements, [elementId]: entry } });
}

export function setDefinitionSignOff(roleId: Id, part: keyof SignOff, text: string): boolean {
  if (text.length > (part === 'name' ? MAX_SIGNER_LENGTH : 10)) return false;
  const state = current();
  const signOff = { ...signOffOf(state.signOffs, roleId), [part]: text };
  return store.set({ ...state, signOffs: { ...state.signOffs, [roleId]: signOff } });
}

/** Replaces the definition (null: back to the defaults), loaded on this page or not. */
export const replaceDefinition = store.replace;

/** Back to the defaults. Works before init too (clears what is stored). */
export function resetDefinition(): void {
  store.replace(null);
}
