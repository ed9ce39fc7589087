import { useEffect } from 'react';
import { isShareFragment } from '../../domain/share-fragment';

/**
 * Opens a share link that arrives while its page is already open. Pasting a link into the address
 * bar of a tab on the same page (or following one from it) is a same-document navigation: no
 * reload and no new island, only a `hashchange`. Without this the address bar would show the link
 * while the page went on showing the device's own work, with no word about the link.
 *
 * `open` gets the fragment; the stores' init functions are safe to call again for it. Nothing is
 * listened to until `enabled` (the page has loaded what the device holds).
 */
export function useShareLinkArrivals(enabled: boolean, open: (fragment: string) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onHashChange = () => {
      if (isShareFragment(window.location.hash)) open(window.location.hash);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [enabled, open]);
}

/**
 * The `onShareSettled` of the pages that open links: once a link has been saved or declined, it
 * leaves the address (the history entry's own state kept), so a reload resumes from this device.
 */
export function dropShareFragment(): void {
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}
