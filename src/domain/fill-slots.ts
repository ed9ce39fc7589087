/**
 * Fills the named slots of a wording template from content: fillSlots("Your plan: {stage}",
 * { stage: "Selective production" }) → "Your plan: Selective production". The one way an island
 * puts a value inside words an editor wrote (content/pages/<name>.md, `text`), so no component
 * joins fixed English to a value.
 *
 * The content check lets a template hold only the slots its key declares
 * (src/schemas/page-wording.ts); a slot with no value is left as written, never dropped silently.
 */

/** A slot's name: lower-case letters, digits and hyphens, as in `{stage}` or `{question-count}`. */
const SLOT = /\{([a-z][a-z0-9-]*)\}/g;

export type SlotValues = Readonly<Record<string, string | number>>;

const wholeNumber = new Intl.NumberFormat('en-US');

/** Numbers are printed with thousands separators ("12,345"); text as it is. */
export function fillSlots(template: string, values: SlotValues): string {
  return template.replace(SLOT, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name];
    return typeof value === 'number' ? wholeNumber.format(value) : String(value);
  });
}
