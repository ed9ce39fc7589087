import { Text, View } from '@react-pdf/renderer';
import type { DecisionsReport } from '../../domain/decisions-report';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { styles } from '../styles';
import { REPORT_PART_TEXT } from '../../domain/ui-text';

/** Bulleted lines, each kept whole. */
function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <View style={styles.mdList}>
      {lines.map((line) => (
        <View key={line} style={styles.mdItem} wrap={false}>
          <Text style={styles.mdMarker}>•</Text>
          <Text style={styles.mdItemBody}>{line}</Text>
        </View>
      ))}
    </View>
  );
}

function UseCaseCard({ useCase }: { useCase: DecisionsReport['useCases'][number] }) {
  return (
    <View style={styles.card}>
      <Text style={[styles.strong, styles.paragraph]}>
        {useCase.name}: {useCase.outcome}
      </Text>
      {useCase.description !== '' && <Text style={[styles.muted, styles.paragraph]}>{useCase.description}</Text>}
      <Lines lines={useCase.reasons} />
      <Lines lines={useCase.risks} />
      {useCase.note !== '' && (
        <Text style={styles.small}>
          {REPORT_PART_TEXT.notesLabel}: {useCase.note}
        </Text>
      )}
    </View>
  );
}

/** Agent or automation per use case, and where it runs with the elimination trail. */
export function Decisions({ decisions }: { decisions: DecisionsReport }) {
  const { deployment } = decisions;
  const [first, ...others] = decisions.useCases;
  return (
    <View style={styles.section}>
      {/* The headings travel with what follows them, so neither ends a page on its own. */}
      <View wrap={false}>
        <SectionHeading>Decisions</SectionHeading>
        {first ? (
          <>
            <SubHeading>Agent or automation</SubHeading>
            <UseCaseCard useCase={first} />
          </>
        ) : null}
        {!first && deployment ? <SubHeading>Where it runs</SubHeading> : null}
        {!first && deployment ? (
          <Text style={[styles.strong, styles.paragraph]}>
            Recommendation: {deployment.recommendation ?? REPORT_PART_TEXT.recommendationPending}
          </Text>
        ) : null}
      </View>
      {others.map((useCase) => (
        <UseCaseCard key={useCase.name} useCase={useCase} />
      ))}
      {decisions.counts && <Text style={styles.paragraph}>{decisions.counts}</Text>}
      {deployment && (
        <View>
          {first ? (
            <View wrap={false}>
              <SubHeading>Where it runs</SubHeading>
              <Text style={[styles.strong, styles.paragraph]}>
                Recommendation: {deployment.recommendation ?? REPORT_PART_TEXT.recommendationPending}
              </Text>
            </View>
          ) : null}
          {deployment.reason && <Text style={styles.paragraph}>{deployment.reason}</Text>}
          <Lines lines={deployment.patterns} />
          {deployment.trail.map((step, index) => (
            <View key={step.title} style={styles.paragraph} wrap={false}>
              <Text style={styles.strong}>
                {index + 1}. {step.title}
              </Text>
              <Text>
                {step.question} {step.answer}
              </Text>
              <Lines lines={step.eliminated.length > 0 ? step.eliminated : [REPORT_PART_TEXT.nothingRuledOut]} />
            </View>
          ))}
          {deployment.note !== '' && (
            <Text style={styles.small}>
              {REPORT_PART_TEXT.notesLabel}: {deployment.note}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
