import { Text, View } from '@react-pdf/renderer';
import type { ReportMethodology, ReportModel } from '../../domain/report-model';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { rowStyle, styles } from '../styles';

/** How the result and the figures were reached, so a reader who never saw the site can judge them. */
export function Methodology({ methodology, text }: { methodology: ReportMethodology; text: ReportModel['text'] }) {
  return (
    <View style={styles.section}>
      {/* The heading and the first paragraph stay together: minPresenceAhead alone let the heading
          end page 5 of a report with its text on page 6. */}
      <View wrap={false}>
        <SectionHeading>{text['methodology-heading']}</SectionHeading>
        {methodology.paragraphs.slice(0, 1).map((p) => (
          <Text key={p} style={styles.paragraph}>
            {p}
          </Text>
        ))}
      </View>
      {methodology.paragraphs.slice(1).map((p) => (
        <Text key={p} style={styles.paragraph}>
          {p}
        </Text>
      ))}
      <View wrap={false}>
        <SubHeading>{text['pdf-stages-heading']}</SubHeading>
        <View style={styles.table}>
          {methodology.stageRules.map((rule, index) => (
            <View key={rule.stageId} style={rowStyle(index)} wrap={false}>
              <Text style={[styles.cell, styles.strong, { width: '40%' }]}>{rule.name}</Text>
              <Text style={{ width: '60%' }}>{rule.rule}</Text>
            </View>
          ))}
        </View>
      </View>
      <View wrap={false}>
        <SubHeading>{text['pdf-source-heading']}</SubHeading>
        <Text>{methodology.sourceCredit}</Text>
      </View>
    </View>
  );
}
