/**
 * The report as a PDF: a pure template over the report model. Each section is a small component
 * fed plain props; this file only decides their order and where pages break.
 */
import type { ReactElement } from 'react';
import { Document, Page, View } from '@react-pdf/renderer';
import type { ReportModel } from '../domain/report-model';
import { Footer } from './common/Footer';
import { LinkContext, hrefResolver } from './common/links';
import { Missing } from './common/Missing';
import { SectionHeading } from './common/SectionHeading';
import { AnswersTable } from './sections/AnswersTable';
import { Cost } from './sections/Cost';
import { Cover } from './sections/Cover';
import { Methodology } from './sections/Methodology';
import { Notes } from './sections/Notes';
import { Plan } from './sections/Plan';
import { Summary } from './sections/Summary';
import { styles } from './styles';
import { DOCUMENT_FONT } from './fonts/catalogue';

export interface ReportPDFProps {
  report: ReportModel;
  /** The site's origin, so site-relative links in the PDF still work on paper; null prints them as text. */
  origin?: string | null;
  /** The font families to set the text in, in order of preference (see fonts/plan.ts). */
  fontFamily?: string[];
}

export function ReportPDF({ report, origin = null, fontFamily = [DOCUMENT_FONT] }: ReportPDFProps) {
  const pageStyle = [styles.page, { fontFamily }];
  const { diagnostic, cost, session, missing } = report;
  const footer = `${report.siteName} · ${report.title} · ${report.generatedAt.text}`;

  // Each block starts on a new page, and each is its own <Page>: react-pdf lays out everything
  // after a page break again for every page that has a page number on it, so one long wrapping
  // page costs time in the square of its length, and several short ones do not.
  const blocks: { key: string; element: ReactElement }[] = [];
  const missingNotice = missing.length ? (
    <View style={styles.section}>
      <SectionHeading>Not in this report yet</SectionHeading>
      {missing.map((part) => (
        <Missing key={part.part} part={part} />
      ))}
    </View>
  ) : null;
  if (diagnostic) {
    blocks.push({
      key: 'summary',
      element: (
        <>
          <Summary diagnostic={diagnostic} />
          <AnswersTable rows={diagnostic.answers} />
        </>
      ),
    });
    blocks.push({ key: 'plan', element: <Plan diagnostic={diagnostic} /> });
  }
  if (cost) blocks.push({ key: 'cost', element: <Cost cost={cost} /> });
  if (session?.notes.length) blocks.push({ key: 'notes', element: <Notes session={session} /> });
  blocks.push({ key: 'methodology', element: <Methodology methodology={report.methodology} /> });

  return (
    <Document
      title={report.title}
      author={report.siteName}
      subject={report.subject}
      creator={report.siteName}
      producer={report.siteName}
      keywords="AI readiness, production AI, year-one cost"
      language="en"
      creationDate={new Date(report.generatedAt.iso)}
    >
      <LinkContext.Provider value={hrefResolver(origin)}>
        <Page size="A4" style={pageStyle}>
          <View style={[styles.body, { flexGrow: 1 }]}>
            <Cover report={report} />
          </View>
          <Footer left={footer} />
        </Page>
        {blocks.map((block, i) => (
          <Page key={block.key} size="A4" style={pageStyle} wrap>
            <View style={styles.body}>
              {/* What is missing is said once, at the top of the first page after the cover. */}
              {i === 0 ? missingNotice : null}
              {block.element}
            </View>
            <Footer left={footer} />
          </Page>
        ))}
      </LinkContext.Provider>
    </Document>
  );
}
