/**
 * The signable documents print on ONE page even with every field at its length cap, and pdftotext
 * reads back each field and every sign-off role (facilitator notes are kept off the signed page). Uses the real content,
 * so a longer default target or an added element that breaks the one-page promise fails here.
 * KEEP_PDF=1 keeps the rendered files and prints their folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_EVIDENCE_LENGTH,
  MAX_OWNER_LENGTH,
  MAX_TARGET_LENGTH,
  initialDefinition,
  type ReadinessDefinitionState,
} from '../../src/domain/readiness-definition';
import { MAX_DOCUMENT_NOTE_LENGTH } from '../../src/domain/invariant-check';
import { SCORECARD_TEXT_LIMITS, type ScorecardState } from '../../src/domain/scorecard';
import { MAX_NAME_LENGTH, MAX_SIGNER_LENGTH } from '../../src/domain/sign-off';
import { definitionDocument, scorecardDocument, type SignableDocument } from '../../src/domain/signable-document';
import { poppler } from '../helpers/poppler';
import { renderDocumentBuffer } from '../helpers/render-pdf';
import { loadDocumentsContent } from '../helpers/load-documents-content';
import { loadPageText } from '../helpers/load-content';
import type { SignableDocumentText } from '../../src/schemas/page-wording';
import { fillSlots } from '../../src/domain/fill-slots';
import { formatCalendarDay } from '../../src/domain/calendar-day';
import { localIsoDate } from '../../src/domain/dates';
import { SITE_NAME } from '../../src/consts';

const content = loadDocumentsContent();
const now = new Date(2026, 11, 1, 9, 0);
const definitionContent = { elements: content.readinessElements, document: content.readinessDocument };
// The words each document prints around its fields, from its page's file.
const definitionText = loadPageText('readiness-definition');
const scorecardText = loadPageText('scorecard');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'readiness-doc-'));
});
afterAll(() => (process.env.KEEP_PDF ? console.log(dir) : rmSync(dir, { recursive: true, force: true })));

/** Text of exactly `length` characters: ordinary words, then a mark so truncation would show. */
const filler = (length: number, mark: string) =>
  `${'Wide words like measurement '.repeat(Math.ceil(length / 28)).slice(0, length - mark.length - 1)} ${mark}`;

async function render(document: SignableDocument, name: string, words: SignableDocumentText) {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderDocumentBuffer(document, words));
  const text = poppler('pdftotext', ['-raw', file, '-']).replace(/\s+/g, ' ');
  const info = poppler('pdfinfo', [file]);
  return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), info };
}

describe('readiness definition PDF', () => {
  const elements = content.readinessElements;
  const roles = content.readinessDocument.signOffRoles;
  const full: ReadinessDefinitionState = {
    system: filler(MAX_NAME_LENGTH, 'SYSTEMEND'),
    agreedOn: '2027-01-10',
    elements: Object.fromEntries(
      elements.map((e, i) => [
        e.id,
        {
          target: filler(MAX_TARGET_LENGTH, `TARGET${i}`),
          owner: filler(MAX_OWNER_LENGTH, `OWNER${i}`),
          evidence: filler(MAX_EVIDENCE_LENGTH, `EVIDENCE${i}`),
        },
      ]),
    ),
    signOffs: Object.fromEntries(
      roles.map((r, i) => [r.id, { name: filler(MAX_SIGNER_LENGTH, `SIGNER${i}`), date: '2027-01-11' }]),
    ),
    notes: filler(MAX_DOCUMENT_NOTE_LENGTH, 'NOTESEND'),
  };

  it('fits one page with every field at its cap, and loses none of them', async () => {
    const pdf = await render(
      definitionDocument(definitionContent, full, now, definitionText),
      'definition-full',
      definitionText,
    );
    expect(pdf.pages).toBe(1);
    for (const mark of [
      'SYSTEMEND',
      ...elements.flatMap((_, i) => [`TARGET${i}`, `OWNER${i}`, `EVIDENCE${i}`]),
      ...roles.map((_, i) => `SIGNER${i}`),
    ])
      expect(pdf.text).toContain(mark);
  });

  it('prints an empty definition as a form to fill in, with every element and role', async () => {
    const pdf = await render(
      definitionDocument(definitionContent, initialDefinition(elements), now, definitionText),
      'definition-empty',
      definitionText,
    );
    expect(pdf.pages).toBe(1);
    const words = [definitionText['pdf-signature'], definitionText['pdf-name'], definitionText['pdf-date']];
    for (const text of [...elements.map((e) => e.label), ...roles.map((r) => r.label), ...words])
      expect(pdf.text).toContain(text);
    expect(pdf.info).toMatch(/^Title:\s+Production-readiness definition$/m);
  });

  it('prints the words around the fields from readiness-definition.md', async () => {
    const marked = Object.fromEntries(
      Object.entries(definitionText).map(([key, value]) => [key, `«${key}» ${value}`]),
    ) as typeof definitionText;
    const pdf = await render(
      definitionDocument(definitionContent, initialDefinition(elements), now, definitionText),
      'definition-marked',
      marked,
    );
    // Name and Date sit in a column too narrow for the marked words to stay on one line.
    for (const key of ['pdf-elements', 'pdf-sign-off', 'pdf-signature'] as const)
      expect(pdf.text, key).toContain(marked[key]);
    const document = definitionContent.document.title;
    const date = formatCalendarDay(localIsoDate(now));
    expect(pdf.text).toContain(fillSlots(marked['pdf-printed'], { document, date, site: SITE_NAME }));
  });
});

describe('scorecard PDF', () => {
  const roles = content.scorecard.signOffRoles;
  const full: ScorecardState = {
    ...(Object.fromEntries(
      Object.entries(SCORECARD_TEXT_LIMITS).map(([field, max]) => [
        field,
        max > 12 ? filler(max, `${field.toUpperCase()}END`) : '2027-01-10',
      ]),
    ) as Record<keyof typeof SCORECARD_TEXT_LIMITS, string>),
    stopAction: 'end',
    signOffs: Object.fromEntries(
      roles.map((r, i) => [r.id, { name: filler(MAX_SIGNER_LENGTH, `SIGNER${i}`), date: '2027-01-11' }]),
    ),
  };

  it('fits one page with every field at its cap, the unit cost included', async () => {
    const document = scorecardDocument(
      content.scorecard,
      full,
      '$1.20 – $2.40 per task, year one (from the “As planned” cost estimate)',
      now,
      scorecardText,
    );
    const pdf = await render(document, 'scorecard-full', scorecardText);
    expect(pdf.pages).toBe(1);
    for (const mark of [
      'PROGRAMMEEND',
      'METRICEND',
      'UNITEND',
      'STOPRESULTEND',
      'SIGNER0',
      'SIGNER1',
      '$1.20 – $2.40 per task',
    ])
      expect(pdf.text).toContain(mark);
    for (const role of roles) expect(pdf.text).toContain(role.label);
  });
});
