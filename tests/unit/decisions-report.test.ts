import { renderToBuffer, Document, Page } from '@react-pdf/renderer';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { decisionsReport } from '../../src/domain/decisions-report';
import { EMPTY_DECISIONS } from '../../src/domain/decisions-state';
import { Decisions } from '../../src/report/sections/Decisions';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { loadDecisionCountsText, loadReportWording } from '../helpers/load-content';

const countsText = loadDecisionCountsText();
import { sampleDecisions } from './decisions-fixtures';

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
          "Rules out Public cloud: Only infrastructure you run yourselves meets this requirement; any cloud is someone else's. (our reading)",
          "Rules out Sovereign cloud: Only infrastructure you run yourselves meets this requirement; any cloud is someone else's. (our reading)",
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
});
