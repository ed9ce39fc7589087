import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportLadderRung } from '../../domain/report-model';
import { colors, size, space } from '../styles';

/** Height added per rung: small, so the ladder sits beside the summary rather than dominating it. */
const STEP = 6;

const s = StyleSheet.create({
  ladder: { marginVertical: space.m },
  steps: { flexDirection: 'row', alignItems: 'flex-end' },
  labels: { flexDirection: 'row', alignItems: 'flex-start', marginTop: 4 },
  column: { flex: 1, marginRight: 4 },
  step: { borderWidth: 1, borderColor: colors.borderStrong, borderRadius: 2 },
  below: { backgroundColor: colors.accentSoft, borderColor: colors.accent },
  current: { backgroundColor: colors.accent, borderColor: colors.accent },
  above: { backgroundColor: colors.white },
  number: { fontSize: size.small, lineHeight: 1.3, color: colors.muted },
  name: { fontSize: size.small, lineHeight: 1.25, fontWeight: 700 },
  marker: { fontSize: size.small, lineHeight: 1.3, fontWeight: 700, color: colors.accent },
});

/**
 * The stages as a staircase, least mature on the left, this one filled. The names are printed
 * under each step, so the picture is never the only way to read it.
 */
export function Ladder({ ladder, hereText }: { ladder: readonly ReportLadderRung[]; hereText: string }) {
  return (
    <View style={s.ladder} wrap={false}>
      <View style={s.steps}>
        {ladder.map((rung, i) => (
          <View key={rung.id} style={[s.column, s.step, s[rung.position], { height: STEP * (i + 1) }]} />
        ))}
      </View>
      <View style={s.labels}>
        {ladder.map((rung, i) => (
          <View key={rung.id} style={s.column}>
            <Text style={s.number}>{i + 1}</Text>
            <Text style={s.name}>{rung.name}</Text>
            {rung.position === 'current' ? <Text style={s.marker}>{hereText}</Text> : null}
          </View>
        ))}
      </View>
    </View>
  );
}
