import { Text, View } from '@react-pdf/renderer';
import { DOCUMENT_LINK_TEXT } from '../../domain/document-links';
import type { ReportDiagnostic } from '../../domain/report-model';
import { useResolveHref } from '../common/links';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { markdownToPdf } from '../markdown-to-pdf';
import { HEADING_PRESENCE_AHEAD, styles } from '../styles';
import { REPORT_SECTION_TEXT } from '../../domain/ui-text';

/**
 * The plan: the stall point's first step, every other gap's first step (each once), the documents
 * that close those gaps, the stage plan, then what reaching the next stage takes under one heading.
 */
export function Plan({ diagnostic }: { diagnostic: ReportDiagnostic }) {
  const resolveHref = useResolveHref();
  const md = (markdown: string, headingOffset = 1) => markdownToPdf(markdown, { resolveHref, headingOffset });
  const [stall, ...others] = diagnostic.gaps;
  const { nextStage } = diagnostic;
  return (
    <View style={styles.section}>
      <SectionHeading>{REPORT_SECTION_TEXT.planHeading}</SectionHeading>
      {stall ? (
        <View style={styles.highlight} wrap={stall.firstStep.length > 1200}>
          <Text style={styles.eyebrow}>Start here: your stall point</Text>
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
            <SubHeading>Then close the other gaps</SubHeading>
            {card}
          </View>
        ) : (
          card
        );
      })}
      {diagnostic.documents.length > 0 ? (
        // The same lines as the web views, without their links: a PDF points at no site pages.
        <View wrap={false}>
          <SubHeading>{DOCUMENT_LINK_TEXT.heading}</SubHeading>
          {diagnostic.documents.map((doc) => (
            <Text key={doc.href} style={styles.paragraph}>
              <Text style={styles.strong}>{doc.title}:</Text> {doc.line}
            </Text>
          ))}
        </View>
      ) : null}
      <SubHeading>{`The ${diagnostic.stage.name} plan`}</SubHeading>
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
