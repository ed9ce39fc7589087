/**
 * Site-wide constants. Imported on server and client (islands read STORAGE_KEYS): keep it plain
 * data, no imports.
 */

/**
 * The name the PDFs carry (metadata, brand line, footers), which are made in the browser from
 * islands. The pages take the name from content/pages/site.md (`title`); a content test fails when
 * the two differ, so a rename is made in both.
 */
export const SITE_NAME = 'Readiness';

export interface StorageKey {
  /** The exact localStorage key. */
  key: string;
}

/**
 * Every localStorage key the site writes. Stores persist only under these keys, and /privacy/
 * lists them from here, so the page can never fall out of step with what is stored; what each
 * holds is worded in content/pages/privacy.md as `holds-<name>`, the name being the key's last
 * segment (`holds-set-aside`). The `v1`
 * segment is the payload version: a breaking change to a stored shape gets a new key.
 */
export const STORAGE_KEYS = {
  answers: {
    key: 'readiness:v1:answers',
  },
  cost: {
    key: 'readiness:v1:cost',
  },
  session: {
    key: 'readiness:v1:session',
  },
  history: {
    key: 'readiness:v1:history',
  },
  setAside: {
    key: 'readiness:v1:set-aside',
  },
  invariantCheck: {
    key: 'readiness:v1:invariant-check',
  },
  readinessDefinition: {
    key: 'readiness:v1:readiness-definition',
  },
  scorecard: {
    key: 'readiness:v1:scorecard',
  },
  partnerCheck: {
    key: 'readiness:v1:partner-check',
  },
  decisions: {
    key: 'readiness:v1:decisions',
  },
} as const satisfies Record<string, StorageKey>;

export type StorageKeyName = keyof typeof STORAGE_KEYS;

/**
 * Primary navigation, in order. `href` has the trailing slash the site uses everywhere; `section`
 * lists the other paths the item stands for (marked as the current section on them). Each link's
 * words are `labels.nav-<id>` in content/pages/site.md.
 */
export const PRIMARY_NAV = [
  { id: 'assessment', href: '/assessment/' },
  { id: 'cost', href: '/cost/' },
  { id: 'decide', href: '/decide/' },
  {
    id: 'documents',
    href: '/documents/',
    section: ['/invariants/', '/readiness-definition/', '/scorecard/', '/partner-check/'],
  },
  { id: 'report', href: '/report/' },
  { id: 'history', href: '/history/' },
  { id: 'stages', href: '/stages/' },
  { id: 'methodology', href: '/methodology/' },
] as const satisfies readonly { id: string; href: string; section?: readonly string[] }[];
