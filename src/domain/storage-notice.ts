/**
 * What the storage layer tells the reader — saved data that could not be read, a browser that
 * would not save — said as facts (which store, how many parts), not words: the stores that raise
 * these notices have no page of their own, so the notice list words them from the `storage-` words
 * of the page that shows it (content/pages/<name>.md, `text`; SHARED_TEXT.notices).
 */
import type { SharedText } from '../schemas/page-wording';
import { fillSlots, pluralKey } from './fill-slots';

/** The stores kept on this device, each named in the notices by its `storage-name-<store>` words. */
export type StoreName =
  | 'answers'
  | 'cost'
  | 'decisions'
  | 'history'
  | 'invariants'
  | 'partner-check'
  | 'readiness-definition'
  | 'scorecard'
  | 'session';

/** The part of the session a download of what is in memory holds. */
export type UnsavedPart = 'session' | 'history';

export type StorageWords =
  /** A store's saved text could not be read: all of it (`partsLeftOut` null) or some parts. */
  | { kind: 'unreadable'; store: StoreName; partsLeftOut: number | null; keptAside: boolean }
  | { kind: 'download-unreadable' | 'discard-unreadable'; store: StoreName }
  /** Storage refused to save: the notice, and its download of what is in memory. */
  | { kind: 'unsaved' | 'download-unsaved'; part: UnsavedPart };

type Text = SharedText<'notices'>;

const unreadable = (words: Extract<StorageWords, { kind: 'unreadable' }>, text: Text, what: string): string => {
  const problem =
    words.partsLeftOut === null
      ? fillSlots(text['storage-unreadable'], { what })
      : fillSlots(text[pluralKey('storage-partial', words.partsLeftOut)], {
          what,
          count: words.partsLeftOut,
        });
  const copy = text[words.keptAside ? 'storage-kept-aside' : 'storage-not-kept-aside'];
  // Two sentences, one after the other.
  return `${problem} ${copy}`;
};

/** The words of a storage notice or of one of its buttons, from the page's words. */
export function storageText(words: StorageWords, text: Text): string {
  switch (words.kind) {
    case 'unreadable':
      return unreadable(words, text, text[`storage-name-${words.store}`]);
    case 'download-unreadable':
    case 'discard-unreadable':
      return fillSlots(text[`storage-${words.kind}`], { what: text[`storage-name-${words.store}`] });
    case 'unsaved':
      return text[`storage-unsaved-${words.part}`];
    case 'download-unsaved':
      return text[`storage-download-${words.part}`];
  }
}
