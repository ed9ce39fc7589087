import { Text, View } from '@react-pdf/renderer';
import type { ReportDocumentPart, ReportDocuments } from '../../domain/report-documents';
import type { ReportModel } from '../../domain/report-model';
import { KeyValues } from '../common/KeyValues';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { styles } from '../styles';

/** Rows kept with a document's title, so a title never ends a page on its own. */
const ROWS_WITH_TITLE = 2;

function Part({ part, heading, notesLabel }: { part: ReportDocumentPart; heading: string | null; notesLabel: string }) {
  return (
    <>
      <View wrap={false}>
        {heading ? <SectionHeading>{heading}</SectionHeading> : null}
        <SubHeading>{part.title}</SubHeading>
        <Text style={[styles.strong, styles.paragraph]}>{part.status}</Text>
        <KeyValues rows={part.rows.slice(0, ROWS_WITH_TITLE)} />
      </View>
      {part.rows.length > ROWS_WITH_TITLE ? <KeyValues rows={part.rows.slice(ROWS_WITH_TITLE)} /> : null}
      {part.list ? (
        <View style={styles.mdList}>
          <Text style={[styles.strong, styles.paragraph]}>{part.list.heading}</Text>
          {part.list.items.map((item) => (
            <View key={item} style={styles.mdItem} wrap={false}>
              <Text style={styles.mdMarker}>•</Text>
              <Text style={styles.mdItemBody}>{item}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {part.notes !== '' ? (
        <Text style={styles.small}>
          {notesLabel}: {part.notes}
        </Text>
      ) : null}
    </>
  );
}

/** The documents the user filled in: where each stands, its fields, what to ask for and the notes. */
export function Documents({ documents, text }: { documents: ReportDocuments; text: ReportModel['text'] }) {
  return (
    <View style={styles.section}>
      {documents.parts.map((part, i) => (
        // The section heading travels with the first document, so it never ends a page on its own.
        <Part
          key={part.key}
          part={part}
          heading={i === 0 ? text['documents-heading'] : null}
          notesLabel={text['notes-label']}
        />
      ))}
    </View>
  );
}
