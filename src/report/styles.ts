/**
 * Design tokens and shared styles for the PDF. One place for colours, sizes and spacing, so the
 * section components only pick styles by name. Colours follow the site's light theme; every text
 * colour is at least 4.5:1 on white.
 */
import { StyleSheet } from '@react-pdf/renderer';
import { DOCUMENT_FONT } from './fonts/catalogue';

export const colors = {
  text: '#1a1d21',
  muted: '#4a5260',
  border: '#dcd8cf',
  borderStrong: '#767a80',
  accent: '#0f5f6b',
  accentSoft: '#e4f0f1',
  surfaceMuted: '#f3f1ec',
  warning: '#8a5a00',
  warningBg: '#fdf3d8',
  error: '#b3261e',
  white: '#ffffff',
} as const;

export const size = {
  body: 10,
  small: 8.5,
  h1: 26,
  h2: 17,
  h3: 12.5,
  h4: 11,
} as const;

export const space = {
  xs: 3,
  s: 6,
  m: 10,
  l: 16,
  xl: 24,
} as const;

/** Space kept below a heading before it may sit at the bottom of a page (no orphaned headings). */
export const HEADING_PRESENCE_AHEAD = 72;

export const styles = StyleSheet.create({
  page: {
    fontFamily: DOCUMENT_FONT,
    fontSize: size.body,
    color: colors.text,
    fontFeatureSettings: { calt: false },
    paddingTop: 48,
    paddingBottom: 64,
    paddingHorizontal: 52,
  },
  // lineHeight lives here, not on the page: react-pdf 4.9 drops a fixed footer whose `render` text
  // inherits any lineHeight. And a unitless lineHeight is resolved against the font size set on the
  // same element (18 when there is none), so the two always go together in these styles.
  body: { fontSize: size.body, lineHeight: 1.45 },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: 52,
    right: 52,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.75,
    borderTopColor: colors.border,
    paddingTop: 6,
    fontSize: size.small,
    color: colors.muted,
  },
  section: { marginBottom: space.l },
  eyebrow: {
    fontSize: size.small,
    fontWeight: 700,
    letterSpacing: 0.8,
    textTransform: 'uppercase',
    color: colors.muted,
    marginBottom: space.xs,
  },
  h1: { fontSize: size.h1, fontWeight: 700, lineHeight: 1.15, marginBottom: space.m },
  h2: {
    fontSize: size.h2,
    fontWeight: 700,
    lineHeight: 1.2,
    marginBottom: space.m,
    paddingBottom: space.xs,
    borderBottomWidth: 1.5,
    borderBottomColor: colors.accent,
  },
  h3: { fontSize: size.h3, fontWeight: 700, lineHeight: 1.25, marginTop: space.m, marginBottom: space.s },
  h4: { fontSize: size.h4, fontWeight: 700, lineHeight: 1.3, marginTop: space.s, marginBottom: space.xs },
  paragraph: { marginBottom: space.s },
  lead: { fontSize: 12, lineHeight: 1.45, color: colors.muted, marginBottom: space.m },
  muted: { color: colors.muted },
  small: { fontSize: size.small, lineHeight: 1.35, color: colors.muted },
  strong: { fontWeight: 700 },
  em: { fontStyle: 'italic' },
  link: { color: colors.accent, textDecoration: 'underline' },
  card: {
    borderWidth: 1,
    borderColor: colors.border,
    borderRadius: 4,
    padding: space.m,
    marginBottom: space.m,
  },
  highlight: {
    borderLeftWidth: 4,
    borderLeftColor: colors.accent,
    backgroundColor: colors.accentSoft,
    padding: space.m,
    marginBottom: space.m,
  },
  warning: {
    borderLeftWidth: 4,
    borderLeftColor: colors.warning,
    backgroundColor: colors.warningBg,
    padding: space.m,
    marginBottom: space.s,
  },
  tag: {
    fontSize: size.small,
    fontWeight: 700,
    color: colors.muted,
  },
  // Tables
  table: { marginBottom: space.m },
  // On a table's first row rather than on the table: a border on the table is a strip of its own
  // that the pagination engine could leave at the foot of a page under the table's heading.
  tableTop: { borderTopWidth: 1, borderTopColor: colors.borderStrong },
  tr: {
    flexDirection: 'row',
    borderBottomWidth: 0.75,
    borderBottomColor: colors.border,
    paddingVertical: 4,
  },
  th: { fontWeight: 700, fontSize: size.small, color: colors.muted },
  trTotal: {
    flexDirection: 'row',
    borderTopWidth: 1.5,
    borderTopColor: colors.borderStrong,
    paddingVertical: 5,
    fontWeight: 700,
  },
  cell: { paddingRight: space.s },
  num: { textAlign: 'right' },
  // Markdown
  mdList: { marginBottom: space.s },
  mdItem: { flexDirection: 'row', marginBottom: 2 },
  mdMarker: { width: 16, color: colors.muted },
  mdMarkerNested: { width: 14, color: colors.muted },
  mdItemBody: { flex: 1 },
  mdQuote: {
    borderLeftWidth: 3,
    borderLeftColor: colors.borderStrong,
    paddingLeft: space.m,
    color: colors.muted,
    marginBottom: space.s,
  },
});

/** A body row's style: the first carries the table's top rule (see `tableTop`). */
export function rowStyle(index: number) {
  return index === 0 ? [styles.tr, styles.tableTop] : styles.tr;
}
