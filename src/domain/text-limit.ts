/**
 * Character limits on free text (facilitator notes, the client label), told the way GOV.UK's
 * character count tells them: nothing while there is plenty of room, the characters remaining
 * near the limit, and by how much it is over once it is. Text over the limit is never cut: the
 * field keeps it and says so, and the store keeps the last version within the limit.
 *
 * Lengths are UTF-16 code units, the same measure the session schema's maxLength applies.
 */
import { fillSlots } from './fill-slots';

export interface TextLimitStatus {
  length: number;
  max: number;
  remaining: number;
  /** Within the last tenth of the limit (or over it): time to show the count. */
  near: boolean;
  over: boolean;
}

export function textLimitStatus(text: string, max: number): TextLimitStatus {
  const remaining = max - text.length;
  return { length: text.length, max, remaining, near: remaining <= Math.ceil(max / 10), over: remaining < 0 };
}

/** The words of a field near or over its limit, from the page's file (`text`). */
export type TextLimitText = Readonly<
  Record<'limit-remaining-one' | 'limit-remaining-many' | 'limit-over-one' | 'limit-over-many', string>
>;

/** "You have 120 characters remaining", or null while there is plenty of room. */
export function remainingMessage(status: TextLimitStatus, text: TextLimitText): string | null {
  if (status.over || !status.near) return null;
  return status.remaining === 1
    ? text['limit-remaining-one']
    : fillSlots(text['limit-remaining-many'], { count: status.remaining });
}

/**
 * The error for text over the limit, e.g. "Notes on Outcome metric must be 2,000 characters or
 * fewer. You have 12 characters too many: shorten it to save it. The saved version is the last
 * one within the limit." Null when within the limit.
 */
export function overLimitMessage(status: TextLimitStatus, what: string, text: TextLimitText): string | null {
  if (!status.over) return null;
  const over = -status.remaining;
  return over === 1
    ? fillSlots(text['limit-over-one'], { what, max: status.max })
    : fillSlots(text['limit-over-many'], { what, max: status.max, count: over });
}
