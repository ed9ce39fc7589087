import { Text, View } from '@react-pdf/renderer';
import type { ReportDocuments } from '../../domain/report-documents';
import { KeyValues } from '../common/KeyValues';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { HEADING_PRESENCE_AHEAD, styles } from '../styles';
import { REPORT_PART_TEXT } from '../../domain/ui-text';

/** The documents the user filled in: where each stands, its fields, what it lacks and the notes. */
export function Documents({ documents }: { documents: ReportDocuments }) {
  return (
    <View style={styles.section}>
      <SectionHeading>Documents</SectionHeading>
      {documents.parts.map((part) => (
        <View key={part.key} style={styles.paragraph}>
          <SubHeading>{part.title}</SubHeading>
          <Text style={[styles.strong, styles.paragraph]} minPresenceAhead={HEADING_PRESENCE_AHEAD}>
            {part.status}
          </Text>
          <KeyValues rows={part.rows} />
          {part.list ? (
            <View style={styles.mdList}>
              <Text style={[styles.strong, styles.paragraph]} minPresenceAhead={HEADING_PRESENCE_AHEAD}>
                {part.list.heading}
              </Text>
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
              {REPORT_PART_TEXT.notesLabel}: {part.notes}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
