/**
 * A one-page signable document (the production-readiness definition or the day-one scorecard),
 * rendered from its view model. Everything is sized to fit one A4 page at the fields' length caps
 * (tests/unit/signable-document-pdf.test.ts holds it to that); empty fields print as lines to fill
 * in by hand, and each role gets a signature line with name and date.
 */
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { formatCalendarDay } from '../../domain/calendar-day';
import type { DocumentRow, SignableDocument } from '../../domain/signable-document';
import { fillSlots } from '../../domain/fill-slots';
import type { SignableDocumentText } from '../../schemas/page-wording';
import { SITE_NAME } from '../../consts';
import { colors, size, space, styles } from '../styles';
import { DOCUMENT_FONT } from '../fonts/catalogue';

const local = StyleSheet.create({
  page: { ...styles.page, paddingTop: 32, paddingBottom: 34, paddingHorizontal: 40, fontSize: 9 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.2, marginBottom: space.xs },
  intro: { fontSize: size.small, lineHeight: 1.35, color: colors.muted, marginBottom: space.m },
  heading: {
    fontSize: 10.5,
    fontWeight: 700,
    marginTop: space.s,
    marginBottom: space.xs,
    paddingBottom: 2,
    borderBottomWidth: 1,
    borderBottomColor: colors.accent,
  },
  row: { flexDirection: 'row', paddingVertical: 2.5, borderBottomWidth: 0.5, borderBottomColor: colors.border },
  label: { width: 150, fontWeight: 700, fontSize: size.small, lineHeight: 1.3, paddingRight: space.s },
  value: { flex: 1, fontSize: 9, lineHeight: 1.3 },
  blank: { flex: 1, borderBottomWidth: 0.75, borderBottomColor: colors.borderStrong, minHeight: 11 },
  tableHead: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colors.borderStrong, paddingBottom: 2 },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.border, paddingVertical: 2.5 },
  th: { fontWeight: 700, fontSize: 7.5, color: colors.muted, paddingRight: 4 },
  td: { fontSize: 7.5, lineHeight: 1.2, paddingRight: 4 },
  tdBlank: { borderBottomWidth: 0.75, borderBottomColor: colors.borderStrong, minHeight: 10, marginRight: 6 },
  signGrid: { flexDirection: 'row', flexWrap: 'wrap', marginTop: space.xs },
  signBox: { paddingRight: space.m, marginBottom: space.m },
  signRole: { fontWeight: 700, fontSize: 9, marginBottom: space.s },
  signLine: { borderBottomWidth: 0.75, borderBottomColor: colors.text, height: 18, marginBottom: 2 },
  signCaption: { fontSize: 7, color: colors.muted },
  signField: { flexDirection: 'row', marginTop: 3 },
  signFieldLabel: { width: 34, fontSize: 8, color: colors.muted },
  signFieldValue: {
    flex: 1,
    fontSize: 8.5,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.borderStrong,
    minHeight: 11,
  },
  footer: {
    position: 'absolute',
    bottom: 18,
    left: 40,
    right: 40,
    fontSize: 7,
    color: colors.muted,
    borderTopWidth: 0.5,
    borderTopColor: colors.border,
    paddingTop: 3,
  },
});

/** Table column widths, in order: element, target, owner, evidence. */
const COLUMN_FLEX = [1.1, 2.5, 1.2, 2.1];

function Row({ row }: { row: DocumentRow }) {
  return (
    <View style={local.row} wrap={false}>
      <Text style={local.label}>{row.label}</Text>
      {row.value ? <Text style={local.value}>{row.value}</Text> : <View style={local.blank} />}
    </View>
  );
}

function Table({ table }: { table: NonNullable<SignableDocument['table']> }) {
  return (
    <View>
      <View style={local.tableHead}>
        {table.columns.map((column, i) => (
          <Text key={column} style={[local.th, { flex: COLUMN_FLEX[i] ?? 1 }]}>
            {column}
          </Text>
        ))}
      </View>
      {table.rows.map((cells, r) => (
        <View key={r} style={local.tableRow} wrap={false}>
          {cells.map((cell, i) =>
            cell ? (
              <Text key={i} style={[local.td, { flex: COLUMN_FLEX[i] ?? 1 }, i === 0 ? styles.strong : {}]}>
                {cell}
              </Text>
            ) : (
              <View key={i} style={[local.tdBlank, { flex: COLUMN_FLEX[i] ?? 1 }]} />
            ),
          )}
        </View>
      ))}
    </View>
  );
}

export function SignableDocumentPDF({
  document,
  text,
  fontFamily = [DOCUMENT_FONT],
}: {
  document: SignableDocument;
  /** The words around the fields, from the document's page file (`text`). */
  text: SignableDocumentText;
  /** The font families to set the text in, in order of preference (see ../fonts/plan.ts). */
  fontFamily?: string[];
}) {
  const generated = formatCalendarDay(document.generatedOn);
  const signBoxWidth = `${100 / Math.min(Math.max(document.signOffs.length, 2), 4)}%`;
  return (
    <Document
      title={document.subject ? `${document.title}: ${document.subject}` : document.title}
      subject={document.title}
      language="en"
      creator={SITE_NAME}
      producer={SITE_NAME}
    >
      <Page size="A4" style={[local.page, { fontFamily }]}>
        <Text style={local.title}>{document.title}</Text>
        <Row row={{ label: document.subjectLabel, value: document.subject }} />
        <Text style={[local.intro, { marginTop: space.s }]}>{document.intro}</Text>
        {document.groups.map((group) => (
          <View key={group.heading}>
            <Text style={local.heading}>{group.heading}</Text>
            {group.rows.map((row) => (
              <Row key={row.label} row={row} />
            ))}
          </View>
        ))}
        {document.table && (
          <View>
            {text['pdf-elements'] ? <Text style={local.heading}>{text['pdf-elements']}</Text> : null}
            <Table table={document.table} />
          </View>
        )}
        <Text style={local.heading}>{text['pdf-sign-off']}</Text>
        <View style={local.signGrid}>
          {document.signOffs.map((signOff) => (
            // Up to four roles side by side, in one row: a second row would not fit the page.
            <View key={signOff.role} style={[local.signBox, { width: signBoxWidth }]} wrap={false}>
              <Text style={local.signRole}>{signOff.role}</Text>
              <View style={local.signLine} />
              <Text style={local.signCaption}>{text['pdf-signature']}</Text>
              <View style={local.signField}>
                <Text style={local.signFieldLabel}>{text['pdf-name']}</Text>
                <Text style={local.signFieldValue}>{signOff.name}</Text>
              </View>
              <View style={local.signField}>
                <Text style={local.signFieldLabel}>{text['pdf-date']}</Text>
                <Text style={local.signFieldValue}>{signOff.date}</Text>
              </View>
            </View>
          ))}
        </View>
        <Text style={local.footer} fixed>
          {fillSlots(text['pdf-printed'], {
            document: document.subject ? `${document.title} — ${document.subject}` : document.title,
            date: generated,
            site: SITE_NAME,
          })}
        </Text>
      </Page>
    </Document>
  );
}
