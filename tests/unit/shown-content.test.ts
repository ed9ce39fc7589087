import { describe, expect, it } from 'vitest';
import { buildReport, type ReportModel } from '../../src/domain/report-model';
import { buildDiagnosticView } from '../../src/domain/diagnostic-view';
import { defaultCostInputs } from '../../src/domain/cost';
import { withoutMarkdown } from '../../src/lib/shown-content';
import { answersWithYes } from '../helpers/answers';
import { loadReportWording, loadSiteContent } from '../helpers/load-content';
import { emptyReportInput } from '../helpers/report-input';

/*
 * /report/ and /assessment/ pass their islands the questions and stages without the Markdown they
 * show as HTML (src/lib/shown-content.ts); the PDF fetches them in full. These build the report
 * and the diagnostic view both ways: everything but the Markdown the PDF draws comes out the same,
 * so the screens (which look that Markdown up as HTML by id) show what they showed.
 */

const content = loadSiteContent();
const ids = content.questions.map((q) => q.id);
const wording = loadReportWording(content);
const generatedAt = new Date(2026, 10, 27, 15, 30);

/** The questions' guidance and first steps, the stages' plans, and what the model derives from them. */
function withoutPdfMarkdown(model: ReportModel) {
  const { diagnostic, summary } = model;
  return {
    ...model,
    summary: { ...summary, firstActions: null, nextStageText: null },
    diagnostic: diagnostic && {
      ...diagnostic,
      plan: null,
      reaching: null,
      firstActions: null,
      gaps: diagnostic.gaps.map((gap) => ({ ...gap, guidance: null, firstStep: null })),
    },
  };
}

const answerSets = {
  none: null,
  'all no': answersWithYes(ids, []),
  'half yes, rest unsure': answersWithYes(ids, ids.slice(0, 5), 'unsure'),
  'all but one yes': answersWithYes(ids, ids.slice(0, ids.length - 1)),
  'all yes': answersWithYes(ids, ids),
};

describe('the questions and stages without their Markdown', () => {
  const shown = withoutMarkdown(content, { why: true });

  it('leave out the Markdown, and keep everything else', () => {
    for (const [i, question] of shown.questions.entries()) {
      expect(question).toEqual({ ...content.questions[i], guidance: '', firstStep: '', why: '' });
    }
    for (const [i, stage] of shown.stages.entries()) expect(stage).toEqual({ ...content.stages[i], plan: '' });
    expect(withoutMarkdown(content).questions.map((q) => q.why)).toEqual(content.questions.map((q) => q.why));
  });

  it.each(Object.entries(answerSets))('build the same report but for that Markdown: %s', (_, answers) => {
    const base = {
      ...emptyReportInput(content, generatedAt),
      text: wording,
      answers,
      cost: defaultCostInputs(content),
    };
    const full = buildReport(base);
    const page = buildReport({ ...base, content: { ...content, ...shown } });
    expect(withoutPdfMarkdown(page)).toEqual(withoutPdfMarkdown(full));
    if (full.diagnostic) {
      // What was left out is what the PDF draws: the full model has it, the page's does not.
      expect(full.diagnostic.plan).not.toBe('');
      expect(page.diagnostic!.plan).toBe('');
    }
  });

  it.each(Object.entries(answerSets))('build the same diagnostic view but for that Markdown: %s', (_, answers) => {
    const strip = (view: ReturnType<typeof buildDiagnosticView>) => ({
      ...view,
      plan: null,
      gaps: view.gaps.map((gap) => ({ ...gap, guidance: null, firstStep: null })),
    });
    const full = buildDiagnosticView(content, answers ?? {}, wording.diagnostic);
    const page = buildDiagnosticView({ ...content, ...withoutMarkdown(content) }, answers ?? {}, wording.diagnostic);
    expect(strip(page)).toEqual(strip(full));
  });
});
