import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../../domain/report-model';
import { colors, size, space, styles } from '../styles';

const s = StyleSheet.create({
  cover: { flexGrow: 1, justifyContent: 'space-between' },
  brand: { fontSize: 12, lineHeight: 1.3, fontWeight: 700, color: colors.accent, letterSpacing: 0.5 },
  title: { fontSize: 32, fontWeight: 700, lineHeight: 1.15, marginTop: 140, marginBottom: space.l },
  date: { fontSize: 12, lineHeight: 1.3, color: colors.muted },
  contents: { borderTopWidth: 1, borderTopColor: colors.border, paddingTop: space.m },
  contentsItem: { fontSize: size.body, marginBottom: 2 },
  privacy: {
    marginTop: space.l,
    padding: space.m,
    backgroundColor: colors.accentSoft,
    borderLeftWidth: 4,
    borderLeftColor: colors.accent,
  },
});

/** Page one: what this is, for whom, when, and that it never left the browser. */
export function Cover({ report }: { report: ReportModel }) {
  const { diagnostic, cost, session } = report;
  const contents = [
    diagnostic ? `Summary: ${diagnostic.stage.name}, ${diagnostic.scoreText} questions answered Yes` : null,
    diagnostic ? 'Your answers' : null,
    diagnostic ? 'Your plan, stall point first' : null,
    cost ? `Year-one cost: ${cost.total.rangeText}` : null,
    session?.notes.length ? 'Facilitator notes' : null,
    'How this report was made',
  ].filter((item): item is string => item !== null);
  return (
    <View style={s.cover}>
      <View>
        <Text style={s.brand}>{report.siteName}</Text>
        <Text style={s.title}>{report.title}</Text>
        <Text style={s.date}>{report.generatedAt.text}</Text>
      </View>
      <View>
        <View style={s.contents}>
          <Text style={styles.eyebrow}>In this report</Text>
          {contents.map((item) => (
            <Text key={item} style={s.contentsItem}>
              {item}
            </Text>
          ))}
        </View>
        <View style={s.privacy}>
          <Text style={styles.strong}>{report.privacyNote}</Text>
          <Text style={styles.small}>
            {report.siteName} runs entirely in the browser: the answers, cost inputs and notes behind this report stayed
            on the device that made it.
          </Text>
        </View>
      </View>
    </View>
  );
}
