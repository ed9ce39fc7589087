import { STORAGE_KEYS } from '../../consts';
import type { SessionState } from '../../domain/session-state';
import { readStored } from '../../stores/storage';
import { lazyChunk, useChunkWhenStored } from '../common/use-chunk-when-stored';
import { useOptionalStore } from '../common/use-optional-store';

/** The facilitator session's store and actions (src/stores/session.ts). */
export type SessionKit = typeof import('../../stores/session');

const loadKit = lazyChunk(() => import('../../stores/session'));

/** This device holds a session, or the address asks for facilitator mode (which starts one). */
const holdsSession = () =>
  readStored(STORAGE_KEYS.session.key) !== null ||
  new URLSearchParams(window.location.search).get('mode') === 'facilitator';

/**
 * The session's code on the cost page, once a session is held or asked for (useChunkWhenStored
 * says when): most visitors of the calculator have none, so it is not part of the page's load.
 */
export function useSessionKit(): SessionKit | 'unread' | 'none' {
  return useChunkWhenStored(holdsSession, loadKit);
}

/** The session as it changes, once its code has loaded; null before (and for a visitor with none). */
export function useSessionState(kit: SessionKit | 'unread' | 'none'): SessionState | null {
  return useOptionalStore(typeof kit === 'string' ? null : kit.$session);
}
