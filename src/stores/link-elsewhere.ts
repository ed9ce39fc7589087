/**
 * A share link opened on the page it was not made for: the calculator's link (a cost estimate)
 * on the diagnostic, or the results' link (answers) on the calculator. The two pages' copy
 * buttons never make one, but a link pasted after the wrong address, or an address edited by
 * hand, does. Nothing on this page changes; the notice says so and offers to open the same link
 * where it belongs, instead of leaving the visitor to wonder why it did nothing.
 */
import { fragmentBody } from '../domain/share-fragment';
import { showNotice } from './notices';

/** The pages that open share links. */
export type LinkPage = '/assessment/' | '/cost/';

export interface LinkElsewhereWords {
  /** What the link holds, and that this page's own work is unchanged. */
  message: string;
  /** The action that opens it on its own page. */
  open: string;
}

/** Offers `fragment` (with or without its '#') on `page`, where it belongs. */
export function offerLinkElsewhere(fragment: string, page: LinkPage, words: LinkElsewhereWords): void {
  const address = `${page}#${fragmentBody(fragment)}`;
  showNotice({
    id: 'share-link',
    tone: 'info',
    message: words.message,
    actions: [{ kind: 'run', label: words.open, run: () => window.location.assign(address) }],
  });
}
