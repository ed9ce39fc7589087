/**
 * The one-page signable documents (the production-readiness definition and the day-one scorecard)
 * as view models: what the PDF prints, worked out once from the content and what the user typed.
 * A field left empty prints as a blank line to fill in by hand, so a half-finished document can
 * still be taken into the room and completed there. Facilitator notes stay off the signed page:
 * they are the facilitator's, not part of what is agreed. Pure; the PDF components only render it.
 */
import { formatCalendarDay } from './calendar-day';
import { localIsoDate } from './dates';
import type { ReadinessDocumentContent, ReadinessElement, ScorecardContent } from './document-types';
import { elementEntry, type ReadinessDefinitionState } from './readiness-definition';
import { stopActionLabel, type ScorecardState } from './scorecard';
import type { DefinitionWordingText, ScorecardWordingText } from '../schemas/page-wording';
import { signOffOf, type SignOffs } from './sign-off';
import type { SignOffRole } from './document-types';

export interface DocumentRow {
  label: string;
  /** '' when not filled in: printed as a line to write on. */
  value: string;
}

export interface DocumentSignOff {
  role: string;
  name: string;
  date: string;
}

export interface SignableDocument {
  kind: 'readiness-definition' | 'scorecard';
  title: string;
  intro: string;
  /** The system or programme it is for ('' when not named yet). */
  subject: string;
  subjectLabel: string;
  /** Label–value rows, in groups with a heading each. */
  groups: { heading: string; rows: DocumentRow[] }[];
  /** A table with a header row (the definition's elements), or null. */
  table: { columns: string[]; rows: string[][] } | null;
  signOffs: DocumentSignOff[];
  /** yyyy-mm-dd, the day it was made (local time). */
  generatedOn: string;
  fileName: string;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

function fileName(kind: SignableDocument['kind'], subject: string, day: string): string {
  const name = slug(subject);
  return `${kind}-${name ? `${name}-` : ''}${day}.pdf`;
}

function signOffRows(roles: readonly SignOffRole[], signOffs: SignOffs): DocumentSignOff[] {
  return roles.map((role) => {
    const { name, date } = signOffOf(signOffs, role.id);
    return { role: role.label, name: name.trim(), date: formatCalendarDay(date.trim()) };
  });
}

export function definitionDocument(
  content: { elements: readonly ReadinessElement[]; document: ReadinessDocumentContent },
  state: ReadinessDefinitionState,
  now: Date,
  /** The row and column labels, from content/pages/readiness-definition.md. */
  text: DefinitionWordingText,
): SignableDocument {
  const day = localIsoDate(now);
  return {
    kind: 'readiness-definition',
    title: content.document.title,
    intro: content.document.intro,
    subject: state.system.trim(),
    subjectLabel: text['pdf-subject'],
    groups: [
      {
        heading: text['pdf-agreement-heading'],
        rows: [{ label: text['pdf-agreed-on'], value: formatCalendarDay(state.agreedOn.trim()) }],
      },
    ],
    table: {
      columns: [
        text['pdf-element-column'],
        text['pdf-target-column'],
        text['pdf-owner-column'],
        text['pdf-evidence-column'],
      ],
      rows: content.elements.map((element) => {
        const entry = elementEntry(state, element.id);
        return [element.label, entry.target.trim(), entry.owner.trim(), entry.evidence.trim()];
      }),
    },
    signOffs: signOffRows(content.document.signOffRoles, state.signOffs),
    generatedOn: day,
    fileName: fileName('readiness-definition', state.system, day),
  };
}

export function scorecardDocument(
  content: ScorecardContent,
  state: ScorecardState,
  /** "$1.20 – $2.40 per task", from the cost calculator, or null when there is no estimate. */
  unitCost: string | null,
  now: Date,
  /** The row labels and group headings, from content/pages/scorecard.md. */
  text: ScorecardWordingText,
): SignableDocument {
  const day = localIsoDate(now);
  const withUnit = (value: string) =>
    value.trim() && state.unit.trim() ? `${value.trim()} ${state.unit.trim()}` : value.trim();
  const outcome: DocumentRow[] = [
    { label: text['pdf-metric'], value: state.metric.trim() },
    { label: text['pdf-unit'], value: state.unit.trim() },
    { label: text['pdf-baseline'], value: withUnit(state.baseline) },
    { label: text['pdf-measured-on'], value: formatCalendarDay(state.baselineMeasuredOn.trim()) },
    { label: text['pdf-target'], value: withUnit(state.target) },
    { label: text['pdf-target-date'], value: formatCalendarDay(state.targetDate.trim()) },
    { label: text['pdf-cadence'], value: state.cadence.trim() },
  ];
  if (unitCost) outcome.push({ label: text['pdf-unit-cost'], value: unitCost });
  return {
    kind: 'scorecard',
    title: content.title,
    intro: content.intro,
    subject: state.programme.trim(),
    subjectLabel: text['pdf-subject'],
    groups: [
      { heading: text['pdf-outcome-heading'], rows: outcome },
      {
        heading: text['pdf-stop-heading'],
        rows: [
          { label: text['pdf-stop-result'], value: state.stopResult.trim() },
          { label: text['pdf-stop-date'], value: formatCalendarDay(state.stopDate.trim()) },
          { label: text['pdf-stop-action'], value: state.stopAction ? stopActionLabel(text, state.stopAction) : '' },
        ],
      },
    ],
    table: null,
    signOffs: signOffRows(content.signOffRoles, state.signOffs),
    generatedOn: day,
    fileName: fileName('scorecard', state.programme, day),
  };
}
