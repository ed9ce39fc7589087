import { Text, View } from '@react-pdf/renderer';
import type { DecisionsReport } from '../../domain/decisions-report';
import { fillSlots } from '../../domain/fill-slots';
import type { ReportModel } from '../../domain/report-model';
import { SectionHeading, SubHeading } from '../common/SectionHeading';
import { styles } from '../styles';

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

function UseCaseCard({ useCase, text }: { useCase: DecisionsReport['useCases'][number]; text: ReportModel['text'] }) {
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
          {text['notes-label']}: {useCase.note}
        </Text>
      )}
    </View>
  );
}

/** Agent or automation per use case, and where it runs with the elimination trail. */
export function Decisions({ decisions, text }: { decisions: DecisionsReport; text: ReportModel['text'] }) {
  const recommendation = (value: string | null) =>
    fillSlots(text.recommendation, { recommendation: value ?? text['recommendation-pending'] });
  const { deployment } = decisions;
  const [first, ...others] = decisions.useCases;
  return (
    <View style={styles.section}>
      {/* The headings travel with what follows them, so neither ends a page on its own. */}
      <View wrap={false}>
        <SectionHeading>{text['decisions-heading']}</SectionHeading>
        {first ? (
          <>
            <SubHeading>{text['use-cases-heading']}</SubHeading>
            <UseCaseCard useCase={first} text={text} />
          </>
        ) : null}
        {!first && deployment ? <SubHeading>{text['deployment-heading']}</SubHeading> : null}
        {!first && deployment ? (
          <Text style={[styles.strong, styles.paragraph]}>{recommendation(deployment.recommendation)}</Text>
        ) : null}
      </View>
      {others.map((useCase) => (
        <UseCaseCard key={useCase.name} useCase={useCase} text={text} />
      ))}
      {decisions.counts && <Text style={styles.paragraph}>{decisions.counts}</Text>}
      {deployment && (
        <View>
          {first ? (
            <View wrap={false}>
              <SubHeading>{text['deployment-heading']}</SubHeading>
              <Text style={[styles.strong, styles.paragraph]}>{recommendation(deployment.recommendation)}</Text>
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
              <Lines lines={step.eliminated.length > 0 ? step.eliminated : [text['nothing-ruled-out']]} />
            </View>
          ))}
          {deployment.note !== '' && (
            <Text style={styles.small}>
              {text['notes-label']}: {deployment.note}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
