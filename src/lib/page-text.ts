/**
 * An island's words from its page file (`text` in content/pages/<name>.md): build-time
 * placeholders resolved, each key's own `{slot}`s left in place for the island to fill with
 * `fillSlots` (src/domain/fill-slots.ts). Shared by `getProsePage` and the tests, so both read the
 * words the same way. No Astro imports: it runs in vitest as it does in the build.
 */
import { resolvePlaceholders, withSlots, type PlaceholderValues } from './placeholders';
import {
  ANSWER_LABEL_TEXT,
  PAGE_WORDING,
  type AnswerLabelText,
  type IslandText,
  type PageName,
  type TextKey,
} from '../schemas/page-wording';

export function resolvePageText<N extends PageName>(
  name: N,
  text: Readonly<Record<string, string>> | undefined,
  values: PlaceholderValues,
): IslandText<N> {
  const slotsOf = PAGE_WORDING[name].text as Readonly<Record<string, readonly string[]>>;
  return Object.fromEntries(
    Object.keys(slotsOf).map((key) => {
      const template = text?.[key];
      // The content check already holds each file to its page's keys; this names the key again
      // should a page ever be rendered from content that skipped it.
      if (template === undefined) throw new Error(`content/pages/${name}.md: text.${key} is missing`);
      return [key, resolvePlaceholders(template, withSlots(values, slotsOf[key] ?? [])).text];
    }),
  ) as Record<TextKey<N>, string>;
}

/** One group's words (its keys, as in page-wording.ts) out of a page's. */
export function pickText<G extends Readonly<Record<string, readonly string[]>>>(
  text: Readonly<Record<keyof G & string, string>>,
  group: G,
): Record<keyof G & string, string> {
  type K = keyof G & string;
  return Object.fromEntries(Object.keys(group).map((key) => [key, text[key as K]])) as Record<K, string>;
}

/** The answers' labels out of assessment.md's words, for the pages besides the diagnostic that show answers. */
export function answerLabelText(assessment: AnswerLabelText): AnswerLabelText {
  return pickText(assessment, ANSWER_LABEL_TEXT);
}
