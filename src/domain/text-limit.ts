/**
 * Character limits on free text (facilitator notes, the client label), told the way GOV.UK's
 * character count tells them: nothing while there is plenty of room, the characters remaining
 * near the limit, and by how much it is over once it is. Text over the limit is never cut: the
 * field keeps it and says so, and the store keeps the last version within the limit.
 *
 * Lengths are UTF-16 code units, the same measure the session schema's maxLength applies.
 */

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

const count = (n: number) => `${n.toLocaleString('en-US')} character${n === 1 ? '' : 's'}`;

/** "You have 120 characters remaining", or null while there is plenty of room. */
export function remainingMessage(status: TextLimitStatus): string | null {
  if (status.over) return null;
  return status.near ? `You have ${count(status.remaining)} remaining` : null;
}

/**
 * The error for text over the limit, e.g. "Notes on Outcome metric must be 2,000 characters or
 * fewer. You have 12 characters too many: shorten it to save it. The saved version is the last
 * one within the limit." Null when within the limit.
 */
export function overLimitMessage(status: TextLimitStatus, what: string): string | null {
  if (!status.over) return null;
  return (
    `${what} must be ${status.max.toLocaleString('en-US')} characters or fewer. ` +
    `You have ${count(-status.remaining)} too many: shorten it to save it. ` +
    'Until then the saved version is the last one within the limit.'
  );
}
