/**
 * Which fonts a report needs, and the report as they can print it. No react-pdf here: the download
 * button loads this (small) module to warn about unprintable fields before the PDF engine arrives.
 */
import type { ReportModel } from '../../domain/report-model';
import { fillSlots } from '../../domain/fill-slots';
import {
  collectStrings,
  facesNeeded,
  mapStrings,
  printableText,
  rangesCover,
  unprintableFields,
  type FieldText,
  type UnprintableField,
} from '../../domain/script-coverage';
import { BASE_FACES, CJK_BLOCKS, type PdfFace } from './catalogue';

function hasCjk(texts: readonly string[]): boolean {
  return texts.some((text) => {
    for (const ch of text) if (rangesCover(CJK_BLOCKS, ch.codePointAt(0)!)) return true;
    return false;
  });
}

/** Every face that could print these texts: the base faces, plus the CJK slices when needed. */
export async function facesFor(texts: readonly string[]): Promise<readonly PdfFace[]> {
  if (!hasCjk(texts)) return BASE_FACES;
  const { CJK_FACES } = await import('./cjk');
  return [...BASE_FACES, ...CJK_FACES];
}

export interface FontPlan<T> {
  /** The faces to register, document font first; the PDF's font-family stack is their ids. */
  faces: PdfFace[];
  /** The input with every string printable by those faces (emoji and unknown scripts replaced). */
  printable: T;
}

/** The faces a report's text needs, and the report with what no face covers replaced. */
export async function planFonts<T>(report: T): Promise<FontPlan<T>> {
  const available = await facesFor(collectStrings(report));
  const printable = mapStrings(report, (text) => printableText(text, available));
  const needed = facesNeeded(collectStrings(printable), available);
  const documentFont = available[0]!;
  return { faces: needed[0] === documentFont ? needed : [documentFont, ...needed], printable };
}

/** The text fields a user typed into the report, named as the user knows them (report.md's `field-` words). */
export function userTextFields(report: Pick<ReportModel, 'session' | 'cost' | 'text'>): FieldText[] {
  const { text } = report;
  const fields: FieldText[] = [];
  if (report.session?.clientLabel) fields.push({ field: text['field-client-label'], text: report.session.clientLabel });
  for (const note of report.session?.notes ?? [])
    fields.push({ field: fillSlots(text['field-note'], { question: note.label }), text: note.text });
  if (report.cost?.scenarioName) fields.push({ field: text['field-scenario-name'], text: report.cost.scenarioName });
  for (const other of report.cost?.otherScenarios ?? [])
    fields.push({ field: text['field-scenario-name'], text: other.name });
  return fields;
}

/** The fields whose text the PDF cannot print as typed. */
export async function unprintableReportFields(
  report: Pick<ReportModel, 'session' | 'cost' | 'text'>,
): Promise<UnprintableField[]> {
  const fields = userTextFields(report);
  return unprintableFields(fields, await facesFor(fields.map((f) => f.text)));
}
