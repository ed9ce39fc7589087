/**
 * The label on anything that is this product's interpretation rather than the article's own
 * words; `label` is its wording (documents.md's `our-reading`).
 */
export function OurReading({ label }: { label: string }) {
  return <span className="tag tag--assumption">{label}</span>;
}
