import { Text, View } from '@react-pdf/renderer';
import type { ReportAnswerRow, ReportModel } from '../../domain/report-model';
import { SectionHeading } from '../common/SectionHeading';
import { colors, styles } from '../styles';

const ANSWER_COLOR = { yes: colors.accent, no: colors.error, unsure: colors.warning, unanswered: colors.warning };

/** Every question and its answer: rows never split, and the header repeats on each page the table spans. */
export function AnswersTable({ rows, text }: { rows: readonly ReportAnswerRow[]; text: ReportModel['text'] }) {
  return (
    <View style={styles.section}>
      <SectionHeading>{text['answers-heading']}</SectionHeading>
      <View style={styles.table}>
        <View style={[styles.tr, styles.tableTop]} fixed>
          <Text style={[styles.th, styles.cell, { width: '6%' }]}>#</Text>
          <Text style={[styles.th, styles.cell, { width: '76%' }]}>{text['question-column']}</Text>
          <Text style={[styles.th, { width: '18%' }]}>{text['answer-column']}</Text>
        </View>
        {rows.map((row) => (
          <View key={row.questionId} style={styles.tr} wrap={false}>
            <Text style={[styles.cell, styles.muted, { width: '6%' }]}>{row.order}</Text>
            <View style={[styles.cell, { width: '76%' }]}>
              <Text style={styles.strong}>{row.label}</Text>
              <Text>{row.text}</Text>
            </View>
            <Text style={[styles.strong, { width: '18%', color: ANSWER_COLOR[row.answer] }]}>{row.answerText}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
