import { Text, View } from '@react-pdf/renderer';
import type { ReportDiagnostic, ReportModel } from '../../domain/report-model';
import { fillSlots } from '../../domain/fill-slots';
import { useResolveHref } from '../common/links';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { markdownToPdf } from '../markdown-to-pdf';
import { HEADING_PRESENCE_AHEAD, styles } from '../styles';

/**
 * The plan: the stall point's first step, every other gap's first step (each once), the documents
 * that close those gaps, the stage plan, then what reaching the next stage takes under one heading.
 */
export function Plan({ diagnostic, text }: { diagnostic: ReportDiagnostic; text: ReportModel['text'] }) {
  const resolveHref = useResolveHref();
  const md = (markdown: string, headingOffset = 1) => markdownToPdf(markdown, { resolveHref, headingOffset });
  const [stall, ...others] = diagnostic.gaps;
  const { nextStage } = diagnostic;
  return (
    <View style={styles.section}>
      <SectionHeading>{text['plan-section-heading']}</SectionHeading>
      {stall ? (
        <View style={styles.highlight} wrap={stall.firstStep.length > 1200}>
          <Text style={styles.eyebrow}>{text['pdf-stall-start']}</Text>
          <Text style={[styles.strong, styles.paragraph]} minPresenceAhead={HEADING_PRESENCE_AHEAD}>
            {stall.label} ({stall.answerText}): {stall.text}
          </Text>
          {md(stall.firstStep)}
        </View>
      ) : (
        <Text style={styles.paragraph}>{diagnostic.stallSentence}</Text>
      )}
      {others.map((gap, i) => {
        const card = (
          <View key={gap.questionId} style={styles.card} wrap={gap.firstStep.length > 1200}>
            <Text style={[styles.strong]}>
              {gap.label} <Text style={styles.tag}>({gap.answerText})</Text>
            </Text>
            <Text style={[styles.muted, styles.paragraph]}>{gap.text}</Text>
            {md(gap.firstStep)}
          </View>
        );
        // The sub-heading travels with the first card, so it never ends a page on its own.
        return i === 0 ? (
          <View key={gap.questionId} wrap={false}>
            <SubHeading>{text['pdf-other-gaps']}</SubHeading>
            {card}
          </View>
        ) : (
          card
        );
      })}
      {diagnostic.documents.length > 0 ? (
        // The same lines as the web views, without their links: a PDF points at no site pages.
        <View wrap={false}>
          <SubHeading>{diagnostic.documentsHeading}</SubHeading>
          {diagnostic.documents.map((doc) => (
            <Text key={doc.href} style={styles.paragraph}>
              <Text style={styles.strong}>{doc.title}:</Text> {doc.line}
            </Text>
          ))}
        </View>
      ) : null}
      <SubHeading>{fillSlots(text['plan-heading'], { stage: diagnostic.stage.name })}</SubHeading>
      {md(diagnostic.plan, 2)}
      <SubHeading>{diagnostic.nextHeading}</SubHeading>
      {nextStage ? (
        <>
          <Text style={styles.paragraph}>{nextStage.summary}</Text>
          <Text style={[styles.strong, styles.paragraph]}>{nextStage.takesText}</Text>
        </>
      ) : null}
      {md(diagnostic.reaching, 2)}
    </View>
  );
}
