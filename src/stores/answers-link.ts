/**
 * Opening a share link on the diagnostic: saved at once on a device with no answers; where the
 * device's answers differ, offered beside them (with what differs) until the user chooses. A link
 * that also carries documents and decisions (version 2) is opened by ./share-link the same way.
 *
 * Loaded only when the URL carries a share link, so the diagnostic's first load stays small.
 */
import type { Id } from '../domain/content-types';
import type { Answers } from '../domain/answers';
import { jsonEqual } from '../domain/persistence';
import { answerDifferences, shareOutcome } from '../domain/share-choice';
import { decodeShareFragment, isPackedShareFragment, type DecodedShare } from '../domain/share-codec';
import { dismissNotice, showNotice } from './notices';
import type { SessionLinkText } from './share-link';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export interface AnswersLinkContext {
  questionIds: readonly Id[];
  /** The answers this device holds now. */
  answers: () => Answers;
  /** Replaces them with the link's (and opens results when complete). */
  replace: (answers: Answers) => void;
  /** Whether the last write reached storage. */
  saved: () => boolean;
  /** The link has been dealt with: saved, declined or unreadable. */
  onSettled: () => void;
  /**
   * The results' words (content/pages/assessment.md) for a link that carries documents and
   * decisions; without them such a link opens its answers only.
   */
  text?: SessionLinkText;
}

export function openAnswersLink(fragment: string, context: AnswersLinkContext): void | Promise<void> {
  // A version 2 link may carry documents and decisions: read by its own module, loaded only for it.
  if (isPackedShareFragment(fragment))
    return import('./share-link').then(({ openSessionLink }) => openSessionLink(fragment, context));
  openSharedAnswers(decodeShareFragment(fragment, context.questionIds), context);
}

/**
 * Reads a decoded link's answers (what an unreadable link says, and which answers were dropped);
 * returns them to be opened, or null when there is nothing for the diagnostic.
 */
export function sharedAnswers(shared: DecodedShare, context: AnswersLinkContext): Answers | null {
  // A link that carries no answers (a cost-only link) leaves the diagnostic alone.
  if (shared.payload && shared.payload.answers === undefined) return null;
  if (!shared.payload?.answers) {
    context.onSettled();
    showNotice({
      id: 'share-link',
      tone: 'warning',
      message:
        shared.problems[0]?.kind === 'unsupported-version'
          ? 'This share link comes from a different version of Readiness and could not be opened. Your own answers are unchanged.'
          : 'This share link could not be read — it may have been cut short when copied. Your own answers are unchanged.',
    });
    return null;
  }
  const dropped = shared.problems.find((p) => p.kind === 'dropped-answers');
  if (dropped)
    showNotice({
      id: 'share-link-dropped',
      tone: 'warning',
      message: `${plural(dropped.count, 'part', 'parts')} of the link could not be read and ${dropped.count === 1 ? 'was' : 'were'} left out.`,
    });
  return shared.payload.answers;
}

/** Opens a decoded link's answers alone: saved at once, the same, or offered beside this device's. */
export function openSharedAnswers(shared: DecodedShare, context: AnswersLinkContext): void {
  const answers = sharedAnswers(shared, context);
  if (answers) openShared(answers, context);
}

function openShared(shared: Answers, context: AnswersLinkContext): void {
  const { questionIds, onSettled } = context;
  const replace = () => {
    context.replace(shared);
    onSettled();
  };
  const mine = context.answers();
  const outcome = shareOutcome(mine, shared, Object.keys(mine).length === 0, jsonEqual);
  if (outcome === 'adopt') {
    replace();
    showNotice({
      id: 'share-link',
      tone: 'info',
      message: context.saved()
        ? 'Opened answers from a share link and saved them on this device (nowhere else).'
        : 'Opened answers from a share link. This browser would not save them on this device, so they are kept in this tab only.',
    });
    return;
  }
  if (outcome === 'same') {
    onSettled();
    showNotice({
      id: 'share-link',
      tone: 'info',
      message: 'This share link holds the same answers as this device, so nothing changed.',
    });
    return;
  }
  const differences = answerDifferences(questionIds, mine, shared);
  showNotice({
    id: 'share-link',
    tone: 'warning',
    dismissible: false,
    message: `This share link holds different answers from the ones saved on this device (${plural(differences.length, 'question differs', 'questions differ')}). Nothing has changed yet: your own answers are shown until you choose.`,
    details: differences,
    actions: [
      {
        kind: 'run',
        label: 'Replace my answers with the link’s',
        run: () => {
          replace();
          showNotice({
            id: 'share-link',
            tone: 'info',
            message: 'Your answers were replaced by the share link’s, and saved on this device.',
          });
        },
      },
      {
        kind: 'run',
        label: 'Keep my answers',
        run: () => {
          onSettled();
          dismissNotice('share-link');
          showNotice({
            id: 'share-link',
            tone: 'info',
            message: 'Kept your own answers; the share link was not saved.',
          });
        },
      },
    ],
  });
}
