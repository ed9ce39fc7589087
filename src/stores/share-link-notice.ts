/**
 * The notice a share link raises when what it carries differs from what this device holds: the
 * link's version replaces the device's, or the device keeps its own, and the user is told which.
 * Shared by every page that opens links (./answers-link, ./share-link, ./cost-link).
 */
import { showNotice } from './notices';

export interface ReplaceOrKeep {
  message: string;
  /** What differs, one line each. */
  details: string[];
  replaceLabel: string;
  /** Said once the link's version has replaced the device's. */
  replacedMessage: string;
  /** Saves the link's version (and settles the link). */
  replace: () => void;
  keepLabel: string;
  /** Said once the device has kept its own. */
  keptMessage: string;
  /** Settles the link, changing nothing. */
  keep: () => void;
}

export function askReplaceOrKeep(ask: ReplaceOrKeep): void {
  showNotice({
    id: 'share-link',
    tone: 'warning',
    dismissible: false,
    message: ask.message,
    details: ask.details,
    actions: [
      {
        kind: 'run',
        label: ask.replaceLabel,
        run: () => {
          ask.replace();
          showNotice({ id: 'share-link', tone: 'info', message: ask.replacedMessage });
        },
      },
      {
        kind: 'run',
        label: ask.keepLabel,
        run: () => {
          ask.keep();
          showNotice({ id: 'share-link', tone: 'info', message: ask.keptMessage });
        },
      },
    ],
  });
}
