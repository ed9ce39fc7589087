import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportCost, ReportCostLine, ReportModel } from '../../domain/report-model';
import { KeyValues } from '../common/KeyValues';
import { useResolveHref } from '../common/links';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { markdownToPdf } from '../markdown-to-pdf';
import { colors, size, space, styles } from '../styles';
import { fillSlots } from '../../domain/fill-slots';

const s = StyleSheet.create({
  total: { fontSize: 22, lineHeight: 1.2, fontWeight: 700, color: colors.accent, marginBottom: space.xs },
  barRow: { flexDirection: 'row', alignItems: 'center', marginBottom: 5 },
  barLabel: { width: '34%', fontSize: size.small, paddingRight: space.s },
  barTrack: { width: '40%', height: 9, backgroundColor: colors.surfaceMuted, position: 'relative' },
  barRange: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    backgroundColor: colors.accentSoft,
    borderWidth: 0.75,
    borderColor: colors.accent,
  },
  barLow: { position: 'absolute', top: 0, bottom: 0, left: 0, backgroundColor: colors.accent },
  barText: { width: '26%', fontSize: size.small, textAlign: 'right' },
  legend: { flexDirection: 'row', fontSize: size.small, color: colors.muted, marginBottom: space.m },
  swatch: { width: 8, height: 8, marginRight: 3, marginTop: 1.5 },
});

const pct = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

/** One line as a bar: solid as far as the low figure, outlined from there to the high. */
function Bar({ line }: { line: ReportCostLine }) {
  return (
    <View style={s.barRow} wrap={false}>
      <Text style={s.barLabel}>{line.label}</Text>
      <View style={s.barTrack}>
        {line.barHigh > 0 ? <View style={[s.barRange, { left: 0, width: pct(line.barHigh) }]} /> : null}
        {line.barLow > 0 ? <View style={[s.barLow, { width: pct(line.barLow) }]} /> : null}
      </View>
      <Text style={s.barText}>{line.basis === 'excluded' ? line.basisText : line.rangeText}</Text>
    </View>
  );
}

const W = { label: '38%', kind: '14%', basis: '16%', low: '16%', high: '16%' } as const;

/** The year-one cost: inputs, the low–high table, the breakdown, build share, unit cost, warnings, assumptions. */
export function Cost({ cost, text }: { cost: ReportCost; text: ReportModel['text'] }) {
  const resolveHref = useResolveHref();
  return (
    <View style={styles.section}>
      <SectionHeading>{cost.heading}</SectionHeading>
      <Text style={styles.eyebrow}>{text['total-year-one']}</Text>
      <Text style={s.total}>{cost.total.rangeText}</Text>
      <Text style={styles.paragraph}>
        {fillSlots(text.midpoint, { midpoint: cost.total.midpointText })} {cost.buildShare.text}{' '}
        {cost.buildShare.referenceText}
      </Text>
      {cost.currency.rateText ? <Text style={[styles.small, styles.paragraph]}>{cost.currency.rateText}</Text> : null}

      {cost.warnings.map((w) => (
        <View key={w.lineId} style={styles.warning} wrap={false}>
          <Text>
            <Text style={styles.strong}>{text['wrong-cut']} </Text>
            {w.message}
          </Text>
        </View>
      ))}

      {cost.otherScenarios.length ? (
        <View wrap={false}>
          <SubHeading>{text['other-scenarios-heading']}</SubHeading>
          {cost.otherScenarios.map((o) => (
            <Text key={o.name} style={styles.paragraph}>
              <Text style={styles.strong}>{o.name}: </Text>
              {o.rangeText} {fillSlots(text['other-scenario-midpoint'], { midpoint: o.midpointText })}
            </Text>
          ))}
        </View>
      ) : null}

      <SubHeading>{text['inputs-heading']}</SubHeading>
      <KeyValues rows={cost.inputs} />

      <SubHeading>{text['lines-heading']}</SubHeading>
      <View style={styles.table}>
        <View style={[styles.tr, styles.tableTop]} wrap={false}>
          <Text style={[styles.th, styles.cell, { width: W.label }]}>{text['line-column']}</Text>
          <Text style={[styles.th, styles.cell, { width: W.kind }]}>{text['kind-column']}</Text>
          <Text style={[styles.th, styles.cell, { width: W.basis }]}>{text['basis-column']}</Text>
          <Text style={[styles.th, styles.cell, styles.num, { width: W.low }]}>{text['low-column']}</Text>
          <Text style={[styles.th, styles.num, { width: W.high }]}>{text['high-column']}</Text>
        </View>
        {cost.lines.map((line) => (
          <View key={line.id} style={styles.tr} wrap={false}>
            <View style={[styles.cell, { width: W.label }]}>
              <Text>{line.label}</Text>
              {line.unitsText || line.protected ? (
                <Text style={styles.small}>
                  {[line.unitsText, line.protected ? text['protected-line'] : ''].filter(Boolean).join(' · ')}
                </Text>
              ) : null}
            </View>
            <Text style={[styles.cell, { width: W.kind }]}>{line.kindText}</Text>
            <Text style={[styles.cell, { width: W.basis, color: line.wrongCut ? colors.error : colors.text }]}>
              {line.basisText}
            </Text>
            <Text style={[styles.cell, styles.num, { width: W.low }]}>{line.lowText}</Text>
            <Text style={[styles.num, { width: W.high }]}>{line.highText}</Text>
          </View>
        ))}
        <View style={styles.trTotal} wrap={false}>
          <Text style={[styles.cell, { width: '68%' }]}>{text['total-year-one']}</Text>
          <Text style={[styles.cell, styles.num, { width: W.low }]}>{cost.total.lowText}</Text>
          <Text style={[styles.num, { width: W.high }]}>{cost.total.highText}</Text>
        </View>
      </View>

      <View wrap={false}>
        <SubHeading>{text['pdf-breakdown']}</SubHeading>
        <View style={s.legend}>
          <View style={[s.swatch, { backgroundColor: colors.accent }]} />
          <Text style={{ marginRight: space.m }}>{text['pdf-low-legend']}</Text>
          <View
            style={[s.swatch, { backgroundColor: colors.accentSoft, borderWidth: 0.75, borderColor: colors.accent }]}
          />
          <Text>{text['pdf-high-legend']}</Text>
        </View>
        {cost.lines.map((line) => (
          <Bar key={line.id} line={line} />
        ))}
      </View>

      {cost.unitCost ? (
        <View wrap={false}>
          <SubHeading>{text['unit-cost-heading']}</SubHeading>
          <Text style={styles.paragraph}>{cost.unitCost.sentence}</Text>
        </View>
      ) : null}

      {cost.assumptions.map((a, i) => {
        const item = (
          <View key={a.key} style={styles.mdItem} wrap={false}>
            <Text style={styles.mdMarker}>•</Text>
            <Text style={styles.mdItemBody}>
              <Text style={styles.strong}>
                {a.tag} — {a.label}.{' '}
              </Text>
              {a.note}
            </Text>
          </View>
        );
        // The sub-heading travels with the first item, so it never ends a page on its own.
        return i === 0 ? (
          <View key={a.key} wrap={false}>
            <SubHeading>{text['assumptions-heading']}</SubHeading>
            {item}
          </View>
        ) : (
          item
        );
      })}
      {markdownToPdf(cost.sources, { resolveHref, headingOffset: 2 })}
    </View>
  );
}
