import type { ClaimSource } from '../../domain/decision-content';

/**
 * Marks what this product adds to the source ("Our reading", `label` from decisions.md's
 * `our-reading`); the source's own claims go untagged.
 */
export function ClaimTag({ source, label }: { source: ClaimSource | undefined; label: string }) {
  if (source !== 'our-reading') return null;
  return <span className="tag tag--assumption">{label}</span>;
}
