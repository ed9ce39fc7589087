import { renderToBuffer, Document, Page } from '@react-pdf/renderer';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { decisionsReport } from '../../src/domain/decisions-report';
import { EMPTY_DECISIONS } from '../../src/domain/decisions-state';
import { Decisions } from '../../src/report/sections/Decisions';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { fillSlots } from '../../src/domain/fill-slots';
import { REPORT_DECISIONS_PART_TEXT, type DecisionsReportText } from '../../src/schemas/page-wording';
import { loadDecisionsReportText, loadPageText, loadReportWording } from '../helpers/load-content';
import { sampleDecisions } from './decisions-fixtures';

const countsText = loadDecisionsReportText();

const content = loadDecisionsContent();

const state = sampleDecisions;

describe('decisionsReport', () => {
  it('is nothing when nothing is decided', () => {
    expect(decisionsReport(content, EMPTY_DECISIONS, countsText)).toBeNull();
  });

  it('lists each use case with its classification and reasons, and the deployment trail', () => {
    const report = decisionsReport(content, state, countsText);
    expect(report?.useCases.map((u) => [u.name, u.outcome, u.reasons.length])).toEqual([
      ['Invoice matching', 'Workflow automation', 6],
      ['Research', 'Not classified yet', 0],
    ]);
    expect(report?.counts).toBe('From your decisions: 1 workflow, 0 agents.');
    expect(report?.deployment?.recommendation).toBe('Hybrid');
    expect(report?.deployment?.trail.map((t) => [t.title, t.eliminated])).toEqual([
      [
        'Regulatory constraint',
        [
          'Rules out Public cloud: Only infrastructure you run yourselves meets this requirement; any cloud is someone else’s. (our reading)',
          'Rules out Sovereign cloud: Only infrastructure you run yourselves meets this requirement; any cloud is someone else’s. (our reading)',
        ],
      ],
      ['Latency envelope', []],
      ['Model access', ['Rules out On-premises: Frontier models are not available on-prem at frontier scale.']],
    ]);
    expect(report?.deployment?.patterns).toHaveLength(content.deployment.hybrid.patterns.length);
  });

  it('renders as a PDF section', async () => {
    const report = decisionsReport(content, state, countsText);
    if (!report) throw new Error('expected a report');
    const pdf = await renderToBuffer(
      createElement(
        Document,
        null,
        createElement(Page, null, createElement(Decisions, { decisions: report, text: loadReportWording().report })),
      ),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('takes every word it adds from content/pages/report.md, none from code', () => {
    // Each of report.md's decisions words marked with its key: the report shows the marked words
    // wherever it used to show fixed English, and none of that English is left.
    const marked = Object.fromEntries(
      Object.entries(countsText).map(([key, value]) =>
        Object.hasOwn(REPORT_DECISIONS_PART_TEXT, key) ? [key, `«${key}» ${value}`] : [key, value],
      ),
    ) as DecisionsReportText;
    const report = decisionsReport(content, state, marked)!;
    expect(report.useCases[1]!.outcome).toBe(marked['use-case-unclassified']);
    expect(report.deployment?.recommendation).toBe(marked['deployment-hybrid']);
    const [regulatory, , modelAccess] = report.deployment!.trail;
    expect(regulatory!.eliminated[0]).toMatch(/^«rules-out-our-reading» Rules out Public cloud: .* \(our reading\)$/);
    expect(modelAccess!.eliminated).toEqual([
      fillSlots(marked['rules-out'], {
        option: 'On-premises',
        reason: 'Frontier models are not available on-prem at frontier scale.',
      }),
    ]);
    // The classified use case's outcome is the rubric's own label (content/decisions/), not report.md's.
    const lines = [
      report.useCases[1]!.outcome,
      report.deployment!.recommendation!,
      ...report.deployment!.trail.flatMap((t) => t.eliminated),
    ];
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^«[a-z-]+» /);
  });

  it('says what report.md says, edited', () => {
    const edited: DecisionsReportText = {
      ...countsText,
      'use-case-unclassified': 'Still open',
      'deployment-hybrid': 'A mix of both',
      'rules-out': 'Drops {option} ({reason})',
      'rules-out-our-reading': 'Drops {option} ({reason}) [our view]',
    };
    const report = decisionsReport(content, state, edited)!;
    const shown = JSON.stringify(report);
    expect(report.useCases[1]!.outcome).toBe('Still open');
    expect(report.deployment?.recommendation).toBe('A mix of both');
    expect(report.deployment!.trail[2]!.eliminated).toEqual([
      'Drops On-premises (Frontier models are not available on-prem at frontier scale.)',
    ]);
    expect(report.deployment!.trail[0]!.eliminated[0]).toMatch(/^Drops Public cloud \(.*\) \[our view\]$/);
    for (const old of ['Not classified yet', 'Rules out', '(our reading)', '"Hybrid"'])
      expect(shown).not.toContain(old);
  });

  it('is given report.md’s words for them, as /report/ passes them', () => {
    const report = loadPageText('report');
    for (const key of Object.keys(REPORT_DECISIONS_PART_TEXT) as (keyof typeof REPORT_DECISIONS_PART_TEXT)[])
      expect(countsText[key]).toBe(report[key]);
  });
});
