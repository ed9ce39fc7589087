/**
 * Opening a share link on the diagnostic: saved at once on a device with no answers; where the
 * device's answers differ, offered beside them (with what differs) until the user chooses.
 *
 * Loaded only when the URL carries a share link, so the diagnostic's first load stays small.
 */
import type { Id } from '../domain/content-types';
import type { Answers } from '../domain/answers';
import { jsonEqual } from '../domain/persistence';
import { answerDifferences, shareOutcome } from '../domain/share-choice';
import { decodeShareFragment } from '../domain/share-codec';
import { dismissNotice, showNotice } from './notices';

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
}

export function openAnswersLink(fragment: string, context: AnswersLinkContext): void {
  const { questionIds, onSettled } = context;
  const shared = decodeShareFragment(fragment, questionIds);
  // A link that carries no answers (a cost-only link) leaves the diagnostic alone.
  if (shared.payload && shared.payload.answers === undefined) return;
  if (!shared.payload?.answers) {
    onSettled();
    showNotice({
      id: 'share-link',
      tone: 'warning',
      message:
        shared.problems[0]?.kind === 'unsupported-version'
          ? 'This share link comes from a different version of Readiness and could not be opened. Your own answers are unchanged.'
          : 'This share link could not be read — it may have been cut short when copied. Your own answers are unchanged.',
    });
    return;
  }
  const dropped = shared.problems.find((p) => p.kind === 'dropped-answers');
  if (dropped)
    showNotice({
      id: 'share-link-dropped',
      tone: 'warning',
      message: `${plural(dropped.count, 'part', 'parts')} of the link could not be read and ${dropped.count === 1 ? 'was' : 'were'} left out.`,
    });
  openShared(shared.payload.answers, context);
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
