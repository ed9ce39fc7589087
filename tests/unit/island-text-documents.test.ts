/**
 * The document islands (/scorecard/, /readiness-definition/, /partner-check/, /invariants/) and the
 * decision islands (/decide/agent-or-automation/, /decide/deployment/) show the words their page
 * files give them — their own page's `text`, and the words of their section that documents.md and
 * decisions.md hold once — not words of their own: rendered with every text marked, each shows
 * marked, with its slots filled, and none of the original words is left unmarked. The same check
 * as island-text.test.ts, for these pages.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ScorecardApp } from '../../src/components/scorecard/ScorecardApp';
import { DefinitionApp } from '../../src/components/readiness-definition/DefinitionApp';
import { PartnerCheckApp } from '../../src/components/partner-check/PartnerCheckApp';
import { InvariantsApp } from '../../src/components/invariants/InvariantsApp';
import { UseCaseCard } from '../../src/components/decide/UseCaseCard';
import { DeploymentFlow } from '../../src/components/decide/DeploymentFlow';
import { DeploymentTrail } from '../../src/components/decide/DeploymentTrail';
import { DeploymentOutcome } from '../../src/components/decide/DeploymentOutcome';
import { removableCostLineIds } from '../../src/domain/cost';
import { summariseUseCases } from '../../src/domain/decisions-view';
import { evaluateDeployment } from '../../src/domain/deployment-flow';
import { fillSlots } from '../../src/domain/fill-slots';
import { definitionCompleteness, initialDefinition } from '../../src/domain/readiness-definition';
import { answerLabels } from '../../src/domain/answer-labels';
import { loadPageText, loadScenarioNames, loadSiteContent } from '../helpers/load-content';
import { loadDocumentsContent } from '../helpers/load-documents-content';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { sampleDecisions } from './decisions-fixtures';

const content = loadSiteContent();
const documents = loadDocumentsContent();
const { rubric, deployment } = loadDecisionsContent();
const questionIds = content.questions.map((q) => q.id);
const markup = (element: ReactElement) =>
  renderToStaticMarkup(element)
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every text marked with its key, slots kept: "Verdict" → "«verdict-heading» Verdict". */
function marked<T extends Record<string, string>>(text: T): T {
  return Object.fromEntries(Object.entries(text).map(([key, value]) => [key, `«${key}» ${value}`])) as T;
}

/** What is left of the markup once every marked text is cut out: the words the component typed itself. */
const unmarked = (shown: string) => shown.replace(/«[^»]+» [^<"]*/g, '');

const documentsText = loadPageText('documents', content);
const decisionsText = loadPageText('decisions', content);

describe('/scorecard/', () => {
  const text = loadPageText('scorecard', content);
  const shown = markup(
    createElement(ScorecardApp, {
      content: documents.scorecard,
      questionIds,
      questionLabels: {},
      cost: {
        costLines: content.costLines,
        assumptions: content.assumptions,
        removableLineIds: removableCostLineIds(content.costLines),
        scenarioNames: loadScenarioNames(content),
      },
      text: marked(text),
      shared: marked(documentsText),
    }),
  );

  it('shows its words from scorecard.md and the shared ones from documents.md', () => {
    const keys = [
      'form-label',
      'programme-label',
      'programme-hint',
      'outcome-hint',
      'metric-label',
      'unit-hint',
      'measured-on-label',
      'target-date-hint',
      'cadence-legend',
      'cadence-hint',
      'stop-hint',
      'stop-result-label',
      'stop-action-legend',
      'sign-off-hint',
      'check-button',
      'unit-cost-heading',
      'no-unit-cost-link',
      'download',
    ] as const;
    for (const key of keys) expect(shown).toContain(`«${key}» ${text[key]}`);
    const [before] = text['no-unit-cost'].split('{link}');
    expect(shown).toContain(`«no-unit-cost» ${before}`);
    for (const key of ['sign-off', 'signer-name', 'signer-name-hint', 'signed-on', 'signed-on-hint'] as const)
      expect(shown).toContain(`«${key}» ${documentsText[key]}`);
    expect(shown).not.toMatch(/\{link\}/);
  });

  it('names what a stop condition does in scorecard.md’s words', () => {
    for (const key of ['stop-action-end', 'stop-action-rescope'] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(unmarked(shown)).not.toMatch(/Ends the programme|Rescopes the programme/);
  });

  it('keeps no copy of the words the page files hold', () => {
    const left = unmarked(shown);
    for (const words of [
      'The programme this scorecard is for',
      'Review cadence',
      'Check the scorecard',
      'Sign-off',
      'Date signed',
      'Estimate the year-one cost',
      'Download the scorecard',
    ])
      expect(left).not.toContain(words);
  });
});

describe('/readiness-definition/', () => {
  const text = loadPageText('readiness-definition', content);
  const shown = markup(
    createElement(DefinitionApp, {
      content: { elements: documents.readinessElements, document: documents.readinessDocument },
      questionIds,
      text: marked(text),
      shared: marked(documentsText),
    }),
  );
  const definition = { elements: documents.readinessElements, document: documents.readinessDocument };
  // The defaults fill every target and owner: the meter starts part-way.
  const meter = definitionCompleteness(definition, initialDefinition(definition.elements), {
    ...text,
    ...documentsText,
  });

  it('shows its words from readiness-definition.md, slots filled', () => {
    for (const key of [
      'completeness-label',
      'form-label',
      'system-label',
      'system-hint',
      'target-label',
      'owner-label',
      'owner-hint',
      'evidence-label',
      'agreed-label',
      'agreed-hint',
      'sign-off-hint',
      'check-button',
      'download',
    ] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(
      `«completeness» ${fillSlots(text.completeness, {
        percent: meter.percent,
        complete: meter.elementsComplete,
        elements: meter.elementsTotal,
        signed: meter.signedOff,
        'sign-offs': meter.signOffsTotal,
      })}`,
    );
    // Both kinds of target hint, and the "Our reading" tag from documents.md.
    expect(documents.readinessElements.some((e) => e.targetIsOurReading)).toBe(true);
    expect(documents.readinessElements.some((e) => !e.targetIsOurReading)).toBe(true);
    expect(shown).toContain(`«target-hint-reading» ${text['target-hint-reading']}`);
    expect(shown).toContain(`«target-hint-article» ${text['target-hint-article']}`);
    expect(shown).toContain(`«our-reading» ${documentsText['our-reading']}`);
  });

  it('keeps no copy of the words the page files hold', () => {
    const left = unmarked(shown);
    for (const words of ['Completeness', 'elements with a target', 'Check the definition', 'Our reading', 'Evidence'])
      expect(left).not.toContain(words);
  });
});

describe('/partner-check/', () => {
  const text = loadPageText('partner-check', content);
  const shown = markup(
    createElement(PartnerCheckApp, {
      commitments: documents.partnerCommitments,
      verdict: documents.partnerVerdict,
      questionIds,
      text: marked(text),
      shared: marked(documentsText),
    }),
  );

  it('shows its words from partner-check.md', () => {
    for (const key of [
      'form-label',
      'proposal-label',
      'proposal-hint',
      'verdict-button',
      'verdict-heading',
      'verdict-waiting',
    ] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(unmarked(shown)).not.toMatch(/Proposal under review|See the verdict|Verdict/);
  });

  it('names each answer in partner-check.md’s words', () => {
    for (const key of ['answer-yes', 'answer-no', 'answer-unclear'] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(unmarked(shown)).not.toMatch(/In the proposal|Unclear/);
  });
});

describe('/invariants/', () => {
  const text = loadPageText('invariants', content);
  const questionLabels = Object.fromEntries(content.questions.map((q) => [q.id, q.label]));
  const shown = markup(
    createElement(InvariantsApp, {
      invariants: documents.invariants,
      questionIds,
      questionLabels,
      answerLabels: answerLabels(loadPageText('assessment', content)),
      text: marked(text),
      shared: marked(documentsText),
    }),
  );

  it('shows its words from invariants.md, slots filled', () => {
    expect(shown).toContain(`«form-label» ${text['form-label']}`);
    expect(shown).toContain(
      `«other-counts» ${fillSlots(text['other-counts'], { partly: 0, 'not-yet': 0, 'not-assessed': documents.invariants.length })}`,
    );
    const first = documents.invariants[0]!;
    expect(shown).toContain(
      `«bears-on» ${fillSlots(text['bears-on'], { questions: first.questions.map((q) => questionLabels[q]).join(', ') })}`,
    );
    expect(unmarked(shown)).not.toMatch(/Bears on|Not assessed/);
  });

  it('names each status and counts in invariants.md’s words', () => {
    for (const key of ['status-have', 'status-partly', 'status-not-yet'] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(
      `«count-sentence» ${fillSlots(text['count-sentence'], { have: 0, total: documents.invariants.length })}`,
    );
    expect(unmarked(shown)).not.toMatch(/We have this|Partly|Not yet|You have \d/);
  });
});

describe('/decide/agent-or-automation/', () => {
  const text = loadPageText('agent-or-automation', content);
  const t = marked(text);
  const shared = marked(decisionsText);

  it('shows the empty list and the form in agent-or-automation.md’s words', async () => {
    // Fresh modules, as a server render has: the test files share one module graph, and another
    // file may have left use cases in the decisions store.
    vi.resetModules();
    const { UseCaseRubric: FreshRubric } = await import('../../src/components/decide/UseCaseRubric');
    const shown = markup(createElement(FreshRubric, { rubric, questionIds, text: t, shared }));
    for (const key of [
      'use-cases-heading',
      'none-yet',
      'add-heading',
      'classify',
      'name-label',
      'name-hint',
      'description-label',
      'description-hint',
    ] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(unmarked(shown)).not.toMatch(/Your use cases|Add a use case|Name of the use case|Classify this use case/);
  });

  it('shows a use case in the page file’s words, slots filled', () => {
    const [classified, unclassified] = summariseUseCases(rubric, sampleDecisions.useCases).useCases;
    const shown = markup(
      createElement('div', null, [
        createElement(UseCaseCard, {
          key: 'a',
          useCase: classified!,
          onChange: () => {},
          onRemove: () => {},
          text: t,
          shared,
        }),
        createElement(UseCaseCard, {
          key: 'b',
          useCase: unclassified!,
          onChange: () => {},
          onRemove: () => {},
          text: t,
          shared,
        }),
      ]),
    );
    for (const key of ['why-heading', 'risk-heading', 'change-answers', 'remove'] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(
      `«change-answers-for» ${fillSlots(text['change-answers-for'], { name: classified!.name })}`,
    );
    const missing =
      unclassified!.classification.status === 'classified' ? 0 : unclassified!.classification.missing.length;
    expect(missing).toBeGreaterThan(1);
    expect(shown).toContain(`«not-classified-many» ${fillSlots(text['not-classified-many'], { count: missing })}`);
    expect(unmarked(shown)).not.toMatch(/Why|The risk of getting it wrong|Not classified yet|Change answers/);
  });
});

describe('/decide/deployment/', () => {
  const text = loadPageText('deployment', content);
  const t = marked(text);
  const shared = marked(decisionsText);
  const result = evaluateDeployment(deployment, sampleDecisions.deployment.answers);

  it('asks the first step in deployment.md’s words', () => {
    const shown = markup(createElement(DeploymentFlow, { deployment, questionIds, text: t, shared }));
    const first = deployment.steps[0]!;
    expect(shown).toContain(
      `«step-of» ${fillSlots(text['step-of'], { number: 1, total: deployment.steps.length, step: first.title })}`,
    );
    expect(shown).toContain(`«continue» ${text.continue}`);
    expect(unmarked(shown)).not.toMatch(/Step 1 of|Continue/);
  });

  it('shows the trail and the recommendation in the page files’ words, slots filled', () => {
    expect(result.recommendation).not.toBeNull();
    const shown = markup(
      createElement('div', null, [
        createElement(DeploymentTrail, {
          key: 't',
          trail: result.trail,
          total: deployment.steps.length,
          onChange: () => {},
          text: t,
          shared,
        }),
        createElement(DeploymentOutcome, {
          key: 'o',
          deployment,
          recommendation: result.recommendation!,
          onRestart: () => {},
          text: t,
          shared,
        }),
      ]),
    );
    for (const key of ['change', 'recommendation-heading', 'restart', 'rubric-link'] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(`«cost-link» ${decisionsText['cost-link']}`);
    const ruledOut = result.trail.flatMap((step) => step.eliminated)[0]!;
    const [before] = text['rules-out'].split('{option}');
    expect(shown).toContain(`«rules-out» ${before}<strong>${ruledOut.optionLabel}</strong>`);
    expect(unmarked(shown)).not.toMatch(/Rules out|Recommendation|Start the steps again|See what year one costs/);
  });
});
