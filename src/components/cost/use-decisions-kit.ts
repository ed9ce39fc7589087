import { STORAGE_KEYS } from '../../consts';
import { readStored } from '../../stores/storage';
import { lazyChunk, useChunkWhenStored } from '../common/use-chunk-when-stored';

/** The decisions' store and view: their own chunk, because most visitors of the cost page have none. */
export type DecisionsKit = typeof import('./decisions-kit');

const loadKit = lazyChunk(() => import('./decisions-kit'));

const holdsDecisions = () => readStored(STORAGE_KEYS.decisions.key) !== null;

/**
 * The decisions' code, once this device is known to hold decisions (useChunkWhenStored says when).
 * Without decisions the hints need only the source's warnings, which come without it.
 */
export function useDecisionsKit(): DecisionsKit | 'unread' | 'none' {
  return useChunkWhenStored(holdsDecisions, loadKit);
}
