/**
 * Fills the named slots of a wording template from content: fillSlots("Your plan: {stage}",
 * { stage: "Selective production" }) → "Your plan: Selective production". The one way an island
 * puts a value inside words an editor wrote (content/pages/<name>.md, `text`), so no component
 * joins fixed English to a value.
 *
 * The content check lets a template hold only the slots its key declares
 * (src/schemas/page-wording.ts); a slot with no value is left as written, never dropped silently.
 */

import { formatCount } from './ui-text';

/** A slot's name: lower-case letters, digits and hyphens, as in `{stage}` or `{question-count}`. */
const SLOT = /\{([a-z][a-z0-9-]*)\}/g;

export type SlotValues = Readonly<Record<string, string | number>>;

/** Numbers are printed with thousands separators ("12,345"); text as it is. */
export function fillSlots(template: string, values: SlotValues): string {
  return template.replace(SLOT, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name];
    return typeof value === 'number' ? formatCount(value) : String(value);
  });
}

/**
 * The key of a counted phrase in a page's words, which come as pairs: `<stem>-one` for one,
 * `<stem>-many` for any other number ("1 note", "0 notes", "3 notes").
 */
export function pluralKey<S extends string>(stem: S, count: number): `${S}-one` | `${S}-many` {
  return count === 1 ? `${stem}-one` : `${stem}-many`;
}

/** A count with its noun, in a page's words: the `-one` or `-many` phrase with its `{count}` filled. */
export function counted<S extends string>(
  text: Readonly<Record<`${S}-one` | `${S}-many`, string>>,
  stem: S,
  count: number,
): string {
  return fillSlots(text[pluralKey(stem, count)], { count });
}

/**
 * Like fillSlots, but a value may be anything (a link element, in a component): returns the text
 * between the slots and the values, in order, for the view to render as they are.
 * fillSlotParts("Finish the {link} and save", { link: <a/> }) → ["Finish the ", <a/>, " and save"].
 */
export function fillSlotParts<T>(
  template: string,
  values: Readonly<Record<string, T | string | number>>,
): (string | T)[] {
  const parts: (string | T)[] = [];
  let text = '';
  let last = 0;
  for (const match of template.matchAll(SLOT)) {
    const [whole, name = ''] = match;
    text += template.slice(last, match.index);
    last = match.index + whole.length;
    if (!Object.hasOwn(values, name)) {
      text += whole;
      continue;
    }
    const value = values[name] as T | string | number;
    if (typeof value === 'string' || typeof value === 'number') {
      text += typeof value === 'number' ? formatCount(value) : value;
      continue;
    }
    if (text) parts.push(text);
    text = '';
    parts.push(value);
  }
  text += template.slice(last);
  if (text) parts.push(text);
  return parts;
}
