import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportDiagnostic } from '../../domain/report-model';
import { Ladder } from '../common/Ladder';
import { SectionHeading } from '../common/SectionHeading';
import { colors, space, styles } from '../styles';

const s = StyleSheet.create({
  scoreRow: { flexDirection: 'row', alignItems: 'flex-end', marginBottom: space.m },
  score: { fontSize: 30, fontWeight: 700, color: colors.accent, lineHeight: 1, marginRight: space.m },
  stage: { fontSize: 20, fontWeight: 700, lineHeight: 1.2 },
});

/** Score, stage, ladder and stall point: the whole result at a glance. */
export function Summary({ diagnostic }: { diagnostic: ReportDiagnostic }) {
  const { stallPoint, nextStage } = diagnostic;
  return (
    <View style={styles.section}>
      <SectionHeading>Summary</SectionHeading>
      <Text style={styles.eyebrow}>Your stage</Text>
      <View style={s.scoreRow}>
        <Text style={s.score}>{diagnostic.scoreText}</Text>
        <Text style={styles.muted}>questions answered Yes</Text>
      </View>
      <Text style={s.stage}>{diagnostic.stage.name}</Text>
      <Text style={styles.lead}>{diagnostic.stage.summary}</Text>
      <Ladder ladder={diagnostic.ladder} />
      <View style={styles.highlight} wrap={false}>
        <Text style={styles.eyebrow}>Where you stall</Text>
        {stallPoint ? (
          <Text>
            <Text style={styles.strong}>
              Question {stallPoint.order}, {stallPoint.label}:
            </Text>{' '}
            {stallPoint.text}
          </Text>
        ) : (
          <Text>You answered Yes to every question: there is no stall point. Keep the evidence current.</Text>
        )}
      </View>
      {nextStage ? (
        <View wrap={false}>
          <Text style={styles.h3}>Reaching {nextStage.name}</Text>
          <Text style={styles.paragraph}>{nextStage.summary}</Text>
          <Text>
            <Text style={styles.strong}>What it takes: </Text>
            {nextStage.ruleInWords}.
          </Text>
        </View>
      ) : null}
    </View>
  );
}
