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
import { fillSlots } from '../domain/fill-slots';
import { answerDifferences, shareOutcome, type AnswerDifferencesText, type QuestionName } from '../domain/share-choice';
import { decodeShareFragment, type DecodedShare } from '../domain/share-codec';
import { isPackedShareFragment } from '../domain/share-fragment';
import { offerLinkElsewhere } from './link-elsewhere';
import { showNotice } from './notices';
import { askReplaceOrKeep } from './share-link-notice';
import type { SessionLinkText } from './share-link';

/** What the diagnostic says about a link of answers, from content/pages/assessment.md (`text`). */
export type AnswersLinkText = AnswerDifferencesText &
  Readonly<
    Record<
      | 'link-unsupported'
      | 'link-unreadable'
      | 'link-dropped-one'
      | 'link-dropped-many'
      | 'link-answers-opened'
      | 'link-answers-opened-unsaved'
      | 'link-answers-same'
      | 'link-answers-differ-one'
      | 'link-answers-differ-many'
      | 'link-answers-replace'
      | 'link-answers-keep'
      | 'link-answers-replaced'
      | 'link-answers-kept'
      | 'link-for-cost'
      | 'link-open-cost',
      string
    >
  >;

export interface AnswersLinkContext {
  /** The questions in order: their ids read the link, their labels name what differs. */
  questions: readonly QuestionName[];
  /** The answers this device holds now. */
  answers: () => Answers;
  /** Replaces them with the link's (and opens results when complete). */
  replace: (answers: Answers) => void;
  /** Whether the last write reached storage. */
  saved: () => boolean;
  /** The link has been dealt with: saved, declined or unreadable. */
  onSettled: () => void;
  /** The diagnostic's words (content/pages/assessment.md) for every notice a link brings. */
  text: SessionLinkText;
}

/** The question ids a link is read with. */
export const idsOf = (context: AnswersLinkContext): Id[] => context.questions.map((q) => q.id);

export function openAnswersLink(fragment: string, context: AnswersLinkContext): void | Promise<void> {
  // A version 2 link may carry documents and decisions: read by its own module, loaded only for it.
  if (isPackedShareFragment(fragment))
    return import('./share-link').then(({ openSessionLink }) => openSessionLink(fragment, context));
  openSharedAnswers(decodeShareFragment(fragment, idsOf(context)), context, fragment);
}

/**
 * Reads a decoded link's answers (what an unreadable link says, and which answers were dropped);
 * returns them to be opened, or null when there is nothing for the diagnostic.
 */
export function sharedAnswers(shared: DecodedShare, context: AnswersLinkContext): Answers | null {
  const { text } = context;
  if (!shared.payload?.answers) {
    context.onSettled();
    showNotice({
      id: 'share-link',
      tone: 'warning',
      message: text[shared.problems[0]?.kind === 'unsupported-version' ? 'link-unsupported' : 'link-unreadable'],
    });
    return null;
  }
  const dropped = shared.problems.find((p) => p.kind === 'dropped-answers');
  if (dropped)
    showNotice({
      id: 'share-link-dropped',
      tone: 'warning',
      message:
        dropped.count === 1 ? text['link-dropped-one'] : fillSlots(text['link-dropped-many'], { count: dropped.count }),
    });
  return shared.payload.answers;
}

/**
 * Opens a decoded link's answers alone: saved at once, the same, or offered beside this device's.
 * A link that holds a cost estimate instead (the calculator's) is offered on the calculator.
 */
export function openSharedAnswers(shared: DecodedShare, context: AnswersLinkContext, fragment: string): void {
  if (shared.payload && shared.payload.answers === undefined && shared.payload.cost !== undefined) {
    context.onSettled();
    offerLinkElsewhere(fragment, '/cost/', {
      message: context.text['link-for-cost'],
      open: context.text['link-open-cost'],
    });
    return;
  }
  const answers = sharedAnswers(shared, context);
  if (answers) openShared(answers, context);
}

function openShared(shared: Answers, context: AnswersLinkContext): void {
  const { questions, onSettled, text } = context;
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
      message: text[context.saved() ? 'link-answers-opened' : 'link-answers-opened-unsaved'],
    });
    return;
  }
  if (outcome === 'same') {
    onSettled();
    showNotice({
      id: 'share-link',
      tone: 'info',
      message: text['link-answers-same'],
    });
    return;
  }
  const differences = answerDifferences(questions, mine, shared, text);
  askReplaceOrKeep({
    message:
      differences.length === 1
        ? text['link-answers-differ-one']
        : fillSlots(text['link-answers-differ-many'], { count: differences.length }),
    details: differences,
    replaceLabel: text['link-answers-replace'],
    replacedMessage: text['link-answers-replaced'],
    replace,
    keepLabel: text['link-answers-keep'],
    keptMessage: text['link-answers-kept'],
    keep: onSettled,
  });
}
