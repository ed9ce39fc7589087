import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../../domain/report-model';
import { Ladder } from '../common/Ladder';
import { outline } from '../common/outline';
import { colors, size, space, styles } from '../styles';
import { fillSlots } from '../../domain/fill-slots';

const s = StyleSheet.create({
  brand: {
    fontSize: size.small,
    lineHeight: 1.3,
    fontWeight: 700,
    color: colors.accent,
    letterSpacing: 0.5,
    textTransform: 'uppercase',
  },
  title: { fontSize: 22, fontWeight: 700, lineHeight: 1.2, marginTop: space.s },
  date: { fontSize: size.body, lineHeight: 1.3, color: colors.muted, marginBottom: space.l },
  row: { flexDirection: 'row', marginBottom: space.m },
  block: { flex: 1 },
  gap: { width: space.l },
  stage: { fontSize: 17, fontWeight: 700, lineHeight: 1.2 },
  score: { fontSize: 11, lineHeight: 1.3, color: colors.muted, marginBottom: space.xs },
  range: { fontSize: 17, fontWeight: 700, lineHeight: 1.2, color: colors.accent },
  action: { flexDirection: 'row', marginBottom: space.xs },
  number: { width: 16, fontWeight: 700, color: colors.accent },
  actionBody: { flex: 1 },
  privacy: { marginTop: space.m, fontSize: size.small, lineHeight: 1.35, color: colors.muted },
  beforeDetail: { marginBottom: space.l },
});

/**
 * Page one: everything a reader who stops here needs — who, when, the stage with score and ladder,
 * the stall point, the year-one cost, the first three actions with owners and what the next stage
 * takes. Every sentence comes from the report model's summary. `withCost: false` leaves the cost
 * out, for a report whose cost section follows straight below (ReportPDF, without a diagnostic).
 */
export function ExecutiveSummary({ report, withCost = true }: { report: ReportModel; withCost?: boolean }) {
  const { summary, text } = report;
  return (
    <View {...outline(text['pdf-summary-outline'])}>
      <Text style={s.brand}>{fillSlots(text['pdf-brand'], { site: report.siteName })}</Text>
      <Text style={s.title}>{summary.who}</Text>
      <Text style={s.date}>{report.generatedAt.text}</Text>

      {summary.stage ? (
        <View style={styles.section} wrap={false}>
          <Text style={styles.eyebrow}>{text['pdf-stands']}</Text>
          <Text style={s.stage}>{summary.stage.name}</Text>
          <Text style={s.score}>{fillSlots(text['pdf-score'], { score: summary.stage.scoreText })}</Text>
          <Ladder ladder={summary.stage.ladder} hereText={text['pdf-you-are-here']} />
          {summary.stallSentence ? (
            <View style={styles.highlight}>
              <Text style={styles.eyebrow}>{text['pdf-stall-point']}</Text>
              <Text>{summary.stallSentence}</Text>
            </View>
          ) : null}
        </View>
      ) : null}

      {withCost && summary.cost ? (
        <View style={styles.section} wrap={false}>
          <Text style={styles.eyebrow}>{summary.cost.heading}</Text>
          <Text style={s.range}>{summary.cost.rangeText}</Text>
          <Text>
            {fillSlots(text.midpoint, { midpoint: summary.cost.midpointText })} {summary.cost.buildShareText}
          </Text>
        </View>
      ) : null}

      {summary.firstActions.length ? (
        <View style={styles.section} wrap={false}>
          <Text style={styles.eyebrow}>{text['pdf-first-actions']}</Text>
          {summary.firstActions.map((action, i) => (
            <View key={action.action} style={s.action}>
              <Text style={s.number}>{i + 1}.</Text>
              <Text style={s.actionBody}>
                {action.owner ? <Text style={styles.strong}>{action.owner}: </Text> : null}
                {action.action}
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      {summary.nextStageText ? (
        <View style={styles.section} wrap={false}>
          <Text style={styles.eyebrow}>{text['pdf-next-stage']}</Text>
          <Text>{summary.nextStageText}</Text>
        </View>
      ) : null}

      {summary.documentsText ? <Text style={[styles.small, styles.paragraph]}>{summary.documentsText}</Text> : null}
      {summary.notCovered.map((line) => (
        <Text key={line} style={[styles.small, styles.paragraph]}>
          {line}
        </Text>
      ))}
      <Text style={[s.privacy, withCost ? {} : s.beforeDetail]}>
        {report.privacyNote} {text['pdf-privacy']}
      </Text>
    </View>
  );
}
