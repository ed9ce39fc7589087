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
  /** What it holds, in words a visitor understands (listed on /privacy/). */
  holds: string;
}

/**
 * Every localStorage key the site writes. Stores persist only under these keys, and /privacy/
 * lists them from here, so the page can never fall out of step with what is stored. The `v1`
 * segment is the payload version: a breaking change to a stored shape gets a new key.
 */
export const STORAGE_KEYS = {
  answers: {
    key: 'readiness:v1:answers',
    holds: 'Your diagnostic answers and which question you were on.',
  },
  cost: {
    key: 'readiness:v1:cost',
    holds: 'Your cost calculator inputs and scenarios.',
  },
  session: {
    key: 'readiness:v1:session',
    holds: 'Facilitator mode, the client label and any notes you typed.',
  },
  history: {
    key: 'readiness:v1:history',
    holds: 'Result snapshots you chose to save.',
  },
  setAside: {
    key: 'readiness:v1:set-aside',
    holds:
      'Saved data this version of the site could not read, kept until you download or discard it (only ever written when that happens).',
  },
  invariantCheck: {
    key: 'readiness:v1:invariant-check',
    holds: 'Your seven-invariants self-check and any notes on it.',
  },
  readinessDefinition: {
    key: 'readiness:v1:readiness-definition',
    holds: 'The production-readiness definition you are writing: targets, owners, evidence, sign-offs and notes.',
  },
  scorecard: {
    key: 'readiness:v1:scorecard',
    holds: 'The day-one scorecard you are writing: metric, baseline, target, stop condition, sign-offs and notes.',
  },
  partnerCheck: {
    key: 'readiness:v1:partner-check',
    holds: 'Your partner-commitments checklist for a proposal, and any notes on it.',
  },
  decisions: {
    key: 'readiness:v1:decisions',
    holds: 'Your use cases with their agent-or-automation answers, your deployment answers, and notes on each.',
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
