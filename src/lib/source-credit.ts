/**
 * The source article, credited on /methodology/, in the report and in the PDF. Build time only:
 * pages read it here and pass the plain `SourceCredit` (or its one-line text) to islands.
 */
import { getEntry } from 'astro:content';
import { formatContentDate } from '../domain/dates';

export interface SourceCredit {
  title: string;
  publisher: string;
  /** YYYY-MM-DD. */
  date: string;
  /** "23 April 2026". */
  dateText: string;
  url?: string | undefined;
}

export async function getSourceCredit(): Promise<SourceCredit> {
  const entry = await getEntry('source', 'source');
  if (!entry) throw new Error('content/source.md is missing: it credits the source article (title, publisher, date).');
  return { ...entry.data, dateText: formatContentDate(entry.data.date) };
}

/** One line for print and PDF: “Title”, Publisher, 23 April 2026. */
export function sourceCreditText(credit: SourceCredit): string {
  return `\u201c${credit.title}\u201d, ${credit.publisher}, ${credit.dateText}`;
}
