/**
 * An island's words from its page file (`text` in content/pages/<name>.md): build-time
 * placeholders resolved, each key's own `{slot}`s left in place for the island to fill with
 * `fillSlots` (src/domain/fill-slots.ts). Shared by `getProsePage` and the tests, so both read the
 * words the same way. No Astro imports: it runs in vitest as it does in the build.
 */
import { resolvePlaceholders, withSlots, type PlaceholderValues } from './placeholders';
import { PAGE_WORDING, type IslandText, type PageName, type TextKey } from '../schemas/page-wording';

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
