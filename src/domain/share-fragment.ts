/**
 * Whether a URL fragment is a share link, and which kind: tiny and free of imports, so a page can
 * tell whether it was opened from a link without loading the codec (./share-codec) that reads one.
 */

export const SHARE_PREFIX = 's=';

/** What follows `s=` in a version 2 link (src/domain/share-link.ts); `.` is not base64url, so no version 1 link starts so. */
export const PACKED_MARK = '2.';

/** A fragment without its leading '#' (location.hash has one; a fragment written by the codec has none). */
export function fragmentBody(fragment: string): string {
  return fragment.replace(/^#/, '');
}

/** Whether a fragment (with or without '#') is a version 2 link, read by src/domain/share-link.ts. */
export function isPackedShareFragment(fragment: string): boolean {
  return fragmentBody(fragment).startsWith(SHARE_PREFIX + PACKED_MARK);
}

/** Whether a fragment (with or without the leading '#') is a share link at all. */
export function isShareFragment(fragment: string): boolean {
  return fragmentBody(fragment).startsWith(SHARE_PREFIX);
}
