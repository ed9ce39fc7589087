import { Text, View } from '@react-pdf/renderer';
import type { ReportModel, ReportSession } from '../../domain/report-model';
import { SectionHeading } from '../common/SectionHeading';
import { styles } from '../styles';

/** The facilitator's notes, question by question (only when there are any). */
export function Notes({ session, text }: { session: ReportSession; text: ReportModel['text'] }) {
  return (
    <View style={styles.section}>
      <SectionHeading>{text['notes-label']}</SectionHeading>
      {session.notes.map((note) => (
        <View key={note.key} style={styles.card} wrap={note.text.length > 1200}>
          <Text style={[styles.strong, styles.paragraph]}>{note.label}</Text>
          <Text>{note.text}</Text>
        </View>
      ))}
    </View>
  );
}
