import { Text, View } from '@react-pdf/renderer';
import type { ReportDiagnostic } from '../../domain/report-model';
import { useResolveHref } from '../common/links';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { markdownToPdf } from '../markdown-to-pdf';
import { HEADING_PRESENCE_AHEAD, styles } from '../styles';

/** The plan: the stall point's first step, every other gap's first step, then the stage plan. */
export function Plan({ diagnostic }: { diagnostic: ReportDiagnostic }) {
  const resolveHref = useResolveHref();
  const md = (markdown: string, headingOffset = 1) => markdownToPdf(markdown, { resolveHref, headingOffset });
  const [stall, ...others] = diagnostic.gaps;
  return (
    <View style={styles.section}>
      <SectionHeading>Your plan</SectionHeading>
      {stall ? (
        <View style={styles.highlight}>
          <Text style={styles.eyebrow}>Start here: your stall point</Text>
          <Text style={[styles.strong, styles.paragraph]} minPresenceAhead={HEADING_PRESENCE_AHEAD}>
            {stall.label} ({stall.answerText}): {stall.text}
          </Text>
          {md(stall.firstStep)}
        </View>
      ) : null}
      {others.length ? (
        <View>
          <SubHeading>Then close the other gaps</SubHeading>
          {others.map((gap) => (
            <View key={gap.questionId} style={styles.card} wrap={gap.firstStep.length > 1200}>
              <Text style={[styles.strong]} minPresenceAhead={48}>
                {gap.label} <Text style={styles.tag}>({gap.answerText})</Text>
              </Text>
              <Text style={[styles.muted, styles.paragraph]}>{gap.text}</Text>
              {md(gap.firstStep)}
            </View>
          ))}
        </View>
      ) : null}
      <SubHeading>{`The ${diagnostic.stage.name} plan`}</SubHeading>
      {md(diagnostic.plan, 2)}
    </View>
  );
}
