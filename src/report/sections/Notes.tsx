import { Text, View } from '@react-pdf/renderer';
import type { ReportSession } from '../../domain/report-model';
import { SectionHeading } from '../common/SectionHeading';
import { styles } from '../styles';
import { REPORT_PART_TEXT } from '../../domain/ui-text';

/** The facilitator's notes, question by question (only when there are any). */
export function Notes({ session }: { session: ReportSession }) {
  return (
    <View style={styles.section}>
      <SectionHeading>{REPORT_PART_TEXT.notesLabel}</SectionHeading>
      {session.notes.map((note) => (
        <View key={note.key} style={styles.card} wrap={note.text.length > 1200}>
          <Text style={[styles.strong, styles.paragraph]}>{note.label}</Text>
          <Text>{note.text}</Text>
        </View>
      ))}
    </View>
  );
}
