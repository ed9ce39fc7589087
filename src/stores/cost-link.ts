/**
 * Opening a share link on the cost calculator: saved at once when this device holds only the
 * reference programme; otherwise offered beside the device's own plan, with what differs, until
 * the user chooses. A link that also carries documents and decisions (version 2) is read by
 * ../domain/share-link first.
 *
 * Loaded only when the URL carries a share link (src/stores/cost.ts, initCost), so the
 * calculator's first load stays small.
 */
import {
  decodeCostSection,
  encodeCostSection,
  isReferenceCost,
  type CostContext,
  type CostState,
} from '../domain/cost-state';
import { fillSlots } from '../domain/fill-slots';
import { costDifferences, shareOutcome } from '../domain/share-choice';
import { decodeShareFragment, type DecodedShare } from '../domain/share-codec';
import { isPackedShareFragment } from '../domain/share-fragment';
import type { CostShareText } from './cost';
import { offerLinkElsewhere } from './link-elsewhere';
import { showNotice } from './notices';
import { askReplaceOrKeep } from './share-link-notice';

export interface CostLinkContext {
  /** The plan this device holds now. */
  state: () => CostState;
  context: CostContext;
  /** Replaces it with the link's (and tells the form); false when storage refused it. */
  replace: (state: CostState) => boolean;
  /** The link has been dealt with: saved, declined or unreadable. */
  onSettled: () => void;
  text: CostShareText;
}

export async function openCostLink(fragment: string, link: CostLinkContext): Promise<void> {
  const shared = isPackedShareFragment(fragment)
    ? await import('../domain/share-link').then(({ decodeShareLink }) => decodeShareLink(fragment, []))
    : decodeShareFragment(fragment, []);
  openDecoded(shared, link, fragment);
}

function openDecoded(shared: DecodedShare, link: CostLinkContext, fragment: string): void {
  const { text } = link;
  // A link without a cost section but with answers, documents or decisions (the results' link)
  // is the diagnostic's: offered there, this device's plan untouched.
  const { cost, ...rest } = shared.payload ?? {};
  if (shared.payload && cost === undefined && Object.values(rest).some((part) => part !== undefined)) {
    link.onSettled();
    offerLinkElsewhere(fragment, '/assessment/', {
      message: text['link-for-diagnostic'],
      open: text['link-open-diagnostic'],
    });
    return;
  }
  const section = shared.payload ? decodeCostSection(shared.payload.cost, link.context) : null;
  if (!section?.state) {
    link.onSettled();
    const unsupported =
      section?.problem === 'unsupported-version' || shared.problems[0]?.kind === 'unsupported-version';
    showNotice({
      id: 'share-link',
      tone: 'warning',
      message: unsupported ? text['link-unsupported'] : text['link-unreadable'],
    });
    return;
  }
  openShared(section.state, section.dropped.length, link);
}

function openShared(shared: CostState, dropped: number, link: CostLinkContext): void {
  const { text, context: ctx, onSettled } = link;
  const state = link.state();
  // Which scenario each side was editing is not part of the plan.
  const samePlan = (a: CostState, b: CostState) =>
    JSON.stringify(encodeCostSection({ ...a, active: 0 }, ctx)) ===
    JSON.stringify(encodeCostSection({ ...b, active: 0 }, ctx));
  const outcome = shareOutcome(state, shared, isReferenceCost(state, ctx), samePlan);
  const droppedNote =
    dropped === 0
      ? ''
      : ` ${dropped === 1 ? text['link-dropped-one'] : fillSlots(text['link-dropped-many'], { count: dropped })}`;
  if (outcome !== 'ask') {
    if (outcome === 'adopt') link.replace(shared);
    onSettled();
    showNotice({
      id: 'share-link',
      tone: dropped > 0 ? 'warning' : 'info',
      message: (outcome === 'same' ? text['link-same'] : text['link-opened']) + droppedNote,
    });
    return;
  }
  askReplaceOrKeep({
    message: text['link-differs'] + droppedNote,
    details: costDifferences(state, shared, text),
    replaceLabel: text['link-replace'],
    replacedMessage: text['link-replaced'],
    replace: () => {
      link.replace(shared);
      onSettled();
    },
    keepLabel: text['link-keep'],
    keptMessage: text['link-kept'],
    keep: onSettled,
  });
}
