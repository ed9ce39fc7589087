import { z } from 'zod';
import { line } from './common';
import { PAGE_WORDING, type PageName } from './page-wording';

const title = line(80, 'the page title');
const description = line(200, 'a short description for search results');
const heading = line(120, 'the heading');
const label = line(300, 'the label');
const text = line(300, 'the words');

/** The highest whole number prose writes in words; beyond it, `{…|words}` gives figures. */
export const NUMBER_WORDS_UP_TO = 20;

/** The page whose file holds `number-words`: site.md, the words every page shares. */
export const NUMBER_WORDS_PAGE = 'site' satisfies PageName;

/**
 * `number-words` in content/pages/site.md: the whole numbers 0 to NUMBER_WORDS_UP_TO in words, in
 * order ("zero", "one", … "twenty"), as `{questions.count|words}` writes a count in prose. Each a
 * single lower-case word or hyphenated words (`|Words` capitalises the first letter), no two alike.
 */
export const NumberWordsSchema = z
  .array(
    line(30, 'a number in words').regex(/^[\p{Ll}]+(?:[ -][\p{Ll}]+)*$/u, {
      error: 'should be a number in lower-case words, e.g. "ten" or "twenty-one", without figures',
    }),
    { error: `should be a list of the numbers 0 to ${NUMBER_WORDS_UP_TO} in words, one per line: - "zero"` },
  )
  .length(NUMBER_WORDS_UP_TO + 1, {
    error: `should list the numbers 0 to ${NUMBER_WORDS_UP_TO} in words, in order: ${NUMBER_WORDS_UP_TO + 1} words, from "zero"`,
  })
  .refine((words) => new Set(words).size === words.length, {
    error: 'should name each number once: two numbers have the same word',
  });

/**
 * Frontmatter of any `content/pages/<name>.md`: the Astro collection's schema. The content check
 * holds each file to its own page's fields as well (`pageSchemaFor`).
 */
export const PageSchema = z.strictObject({
  /** The page's h1 and <title>, where the page has a title of its own. */
  title: title.optional(),
  /** Meta description for search results, one or two sentences. */
  description,
  /** The page's fixed headings, by key. */
  headings: z.record(z.string(), heading).optional(),
  /** The page's buttons, links and short notes, by key. */
  labels: z.record(z.string(), label).optional(),
  /** The words the page's island shows, by key: plain text, `{slot}`s filled in the browser. */
  text: z.record(z.string(), text).optional(),
  /** site.md only: the numbers 0 to 20 in words, for `{…|words}`. */
  'number-words': NumberWordsSchema.optional(),
});

export type PageData = z.output<typeof PageSchema>;

function keyed(keys: readonly string[], value: z.ZodType, what: string) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])), {
    error: `should list this page's ${what}: ${keys.join(', ')}`,
  });
}

/** The exact fields of one page's file: its title only if the page has its own, and exactly its keys. */
export function pageSchemaFor(name: PageName) {
  const wording = PAGE_WORDING[name];
  return z.strictObject({
    ...(wording.ownTitle ? { title } : {}),
    description,
    ...(wording.headings.length > 0 ? { headings: keyed(wording.headings, heading, 'headings') } : {}),
    ...(wording.labels.length > 0 ? { labels: keyed(wording.labels, label, 'labels') } : {}),
    ...(Object.keys(wording.text).length > 0 ? { text: keyed(Object.keys(wording.text), text, 'text') } : {}),
    ...(name === NUMBER_WORDS_PAGE ? { 'number-words': NumberWordsSchema } : {}),
  });
}
