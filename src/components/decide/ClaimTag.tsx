import type { ClaimSource } from '../../domain/decision-content';

/** Marks what this product adds to the source ("Our reading"); the source's own claims go untagged. */
export function ClaimTag({ source }: { source: ClaimSource | undefined }) {
  if (source !== 'our-reading') return null;
  return <span className="tag tag--assumption">Our reading</span>;
}
