/**
 * What a sponsor reads first: the executive summary, the scenario the user chose, the file name,
 * and each fact once (the stall point's first step, the "Reaching" section of a plan).
 */
import { describe, expect, it } from 'vitest';
import { buildReport, costReportInput, fileSlug, reportFileName } from '../../src/domain/report-model';
import { defaultCostInputs } from '../../src/domain/cost';
import { initialCostState, type CostState } from '../../src/domain/cost-state';
import { firstActionsOf, firstSentence, plainText, splitPlan } from '../../src/domain/plan-text';
import { answersWithYes } from '../helpers/answers';
import { loadCostText, loadScenarioNames, loadSiteContent, loadReportWording } from '../helpers/load-content';

const costText = loadCostText();

const content = loadSiteContent();
const wording = loadReportWording(content);
const ids = content.questions.map((q) => q.id);
const generatedAt = new Date(2026, 10, 27, 9, 0);
const context = { content, removableLineIds: ['scoping-engagement'], scenarioNames: loadScenarioNames(content) };

describe('splitPlan', () => {
  it.each([
    {
      name: 'a middle section',
      md: '## A\n\nOne.\n\n## Reaching the next stage\n\nTwo.\n\n## C\n\nThree.',
      plan: '## A\n\nOne.\n\n## C\n\nThree.',
      reaching: 'Two.',
    },
    {
      name: 'the last section',
      md: '## A\n\nOne.\n\n## Reaching the next stage\n\nTwo.',
      plan: '## A\n\nOne.',
      reaching: 'Two.',
    },
    {
      name: 'a section with sub-headings',
      md: '## Reaching it\n\nTwo.\n\n### Detail\n\nMore.\n\n## After\n\nEnd.',
      plan: '## After\n\nEnd.',
      reaching: 'Two.\n\n### Detail\n\nMore.',
    },
    { name: 'no such section', md: '## A\n\nOne.', plan: '## A\n\nOne.', reaching: '' },
  ])('$name', ({ md, plan, reaching }) => {
    expect(splitPlan(md)).toEqual({ plan, reaching });
  });

  it('leaves no stage plan of the real content with a "Reaching" heading', () => {
    for (const stage of content.stages) expect(splitPlan(stage.plan).plan).not.toMatch(/^#+\s+Reaching/im);
  });
});

describe('first actions', () => {
  it('reads owners from the plan, first sentence only, Markdown removed', () => {
    const md =
      '## Next\n\n1. **Owner: Head of platform.** Codify it. Then more.\n2. **Owner: CISO.** Review *it* [now](https://x.example).';
    expect(firstActionsOf(md, [], 3)).toEqual([
      { owner: 'Head of platform', action: 'Codify it.' },
      { owner: 'CISO', action: 'Review it now.' },
    ]);
  });

  it('makes up the rest from the gaps’ first steps when the plan names fewer owners', () => {
    expect(firstActionsOf('No list.', [{ firstStep: 'Do **this**. Later that.' }, { firstStep: 'B.' }], 3)).toEqual([
      { owner: null, action: 'Do this.' },
      { owner: null, action: 'B.' },
    ]);
  });

  it('gives three owned actions for every stage of the real content', () => {
    for (const stage of content.stages) {
      const actions = firstActionsOf(stage.plan, [], 3);
      expect(actions, stage.id).toHaveLength(3);
      for (const action of actions) expect(action.owner, stage.id).toBeTruthy();
    }
  });

  it.each([
    ['One. Two.', 'One.'],
    ['Approved models, e.g. this. Next.', 'Approved models, e.g. this.'],
    ['No full stop', 'No full stop'],
  ])('firstSentence(%j)', (text, sentence) => expect(firstSentence(plainText(text))).toBe(sentence));
});

describe('executive summary', () => {
  const answers = answersWithYes(ids, ids.slice(0, 6));
  const state = initialCostState(context);

  it('has stage, score, stall point, cost range with midpoint and build share, actions and next stage', () => {
    const model = buildReport({
      siteName: 'Readiness',
      costText,
      text: wording,
      content,
      answers,
      ...costReportInput(state),
      session: { clientLabel: 'Acme Bank', notes: {} },
      generatedAt,
    });
    const { summary } = model;
    expect(summary.who).toBe('Acme Bank');
    expect(summary.stage).toMatchObject({ name: 'Distributed delivery', scoreText: '6 of 10' });
    const stall = content.questions.find((q) => q.id === ids[6])!;
    expect(summary.stallSentence).toContain(stall.label);
    expect(summary.stallSentence).not.toContain(stall.id);
    expect(summary.cost).toMatchObject({ rangeText: '$410,000 – $925,000', midpointText: '$667,500' });
    expect(summary.cost!.buildShareText).toMatch(/^The build lines are \d+–\d+% of year one\.$/);
    expect(summary.firstActions).toHaveLength(3);
    // From these answers, not from the rule: 6 Yes is two short of Operating-model integration's 8.
    expect(summary.nextStageText).toMatch(/^Operating-model integration takes 2 more Yes answers\. /);
    expect(summary.notCovered).toEqual([]);
  });

  it('says on paper, without links or calls to action, what the report does not cover', () => {
    const model = buildReport({
      siteName: 'Readiness',
      costText,
      text: wording,
      content,
      answers: null,
      ...costReportInput(state),
      session: null,
      generatedAt,
    });
    expect(model.summary.who).toBe('Your AI programme');
    expect(model.summary.notCovered).toEqual([
      'This report does not cover the diagnostic: it was not done, so there is no stage or plan here.',
    ]);
    for (const line of model.summary.notCovered) expect(line).not.toMatch(/start|open|\//i);
  });

  it('prints the stall point’s first step once, among the gaps', () => {
    const d = buildReport({
      siteName: 'R',
      text: wording,
      content,
      answers,
      cost: null,
      session: null,
      generatedAt,
    }).diagnostic!;
    const stall = d.gaps.filter((gap) => gap.isStallPoint);
    expect(stall).toHaveLength(1);
    expect(d.stallPoint).not.toHaveProperty('firstStep');
  });
});

describe('the scenario a sponsor sees', () => {
  const base = initialCostState(context);
  const narrowed = { ...defaultCostInputs(content), workflows: 0 };
  const bigger = { ...defaultCostInputs(content), workflows: 3 };
  const state = (plan: 0 | 1 | undefined, active: 0 | 1, second = narrowed): CostState => ({
    ...base,
    active,
    ...(plan === undefined ? {} : { plan }),
    scenarios: [
      { name: 'As planned', inputs: bigger },
      { name: 'Narrowed', inputs: second },
    ],
  });

  it.each([
    { plan: undefined, active: 1 as const, headline: 'As planned' },
    { plan: 0 as const, active: 1 as const, headline: 'As planned' },
    { plan: 1 as const, active: 0 as const, headline: 'Narrowed' },
  ])('is the plan the user marked ($plan), whichever is being edited ($active)', ({ plan, active, headline }) => {
    const model = buildReport({
      siteName: 'R',
      costText,
      text: wording,
      content,
      answers: null,
      ...costReportInput(state(plan, active)),
      session: null,
      generatedAt,
    });
    expect(model.cost!.scenarioName).toBe(headline);
    expect(model.cost!.otherScenarios.map((o) => o.name)).toEqual([
      headline === 'Narrowed' ? 'As planned' : 'Narrowed',
    ]);
  });

  it('leaves out a second scenario the user never changed', () => {
    const untouched = state(0, 0, defaultCostInputs(content));
    const model = buildReport({
      siteName: 'R',
      costText,
      text: wording,
      content,
      answers: null,
      ...costReportInput(untouched),
      session: null,
      generatedAt,
    });
    expect(model.cost!.otherScenarios).toEqual([]);
  });
});

describe('file names', () => {
  const kinds = (clientLabel: string | undefined) =>
    buildReport({
      siteName: 'R',
      costText,
      text: wording,
      content,
      answers: answersWithYes(ids, []),
      cost: defaultCostInputs(content),
      session: clientLabel === undefined ? null : { clientLabel, notes: {} },
      generatedAt,
    });

  it.each([
    [undefined, 'readiness-full-report-2026-11-27.pdf'],
    ['Acme Bank', 'acme-bank-full-report-2026-11-27.pdf'],
    ['Société Générale / R&D: "AI"', 'societe-generale-r-d-ai-full-report-2026-11-27.pdf'],
    ['日本語クライアント 😀', 'readiness-full-report-2026-11-27.pdf'],
    ['CON', 'con-full-report-2026-11-27.pdf'],
    ['../../etc/passwd', 'etc-passwd-full-report-2026-11-27.pdf'],
  ])('%j → %s', (label, file) => {
    const name = reportFileName(kinds(label));
    expect(name).toBe(file);
    expect(name).toMatch(/^[a-z0-9-]+\.pdf$/);
  });

  it('caps a long label', () => {
    const slug = fileSlug('Contoso-Global-Enterprise-AI-Transformation-Programme-'.repeat(4));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/^-|-$/);
  });
});
