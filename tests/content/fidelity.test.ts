/**
 * The real content stays faithful to the source article and never contradicts the visitor's own
 * answers. Each block pins one fix: if an edit brings the old mistake back, a test names it.
 */
import { describe, expect, it } from 'vitest';
import { loadPageText, loadSiteContent } from '../helpers/load-content';
import { idsInPattern } from '../helpers/answers';
import { stageMatches, type YesPattern } from '../../src/domain/stage-rules';
import { describeNextStep, nextStep } from '../../src/domain/next-step';
import { diagnose } from '../../src/domain/diagnosis';
import { answersWithYes } from '../helpers/answers';
import { defaultCostInputs } from '../../src/domain/cost';
import { rightCuts } from '../../src/domain/cost-cuts';
import { ourReadings } from '../../src/lib/our-reading';
import { fillSlots } from '../../src/domain/fill-slots';
import type { Stage } from '../../src/domain/content-types';
import { buildDiagnosticView } from '../../src/domain/diagnostic-view';
import { plainText, splitPlan } from '../../src/domain/plan-text';

const content = loadSiteContent();
const ids = content.questions.map((q) => q.id);
// The sentences a next step is said in, from content/pages/assessment.md.
const stepText = loadPageText('assessment', content);
const allPatterns: YesPattern[] = Array.from(
  { length: 2 ** ids.length },
  (_, bits) => new Set(idsInPattern(ids, bits)),
);
const stageOf = (pattern: YesPattern): Stage => {
  const stage = content.stages.find((s) => stageMatches(s.rule, pattern));
  if (!stage) throw new Error(`no stage for ${[...pattern].join(',')}`);
  return stage;
};
const byId = (id: string) => content.stages.find((s) => s.id === id) as Stage;
const label = (id: string) => content.questions.find((q) => q.id === id)?.label;

describe('stage summaries never contradict the answers', () => {
  // What each summary may assert about particular answers; every pattern reaching the stage must agree.
  const asserts: Record<string, Record<string, 'yes' | 'not-yes'>> = {
    experimentation: { 'production-owner': 'not-yes' },
    'selective-production': { 'production-owner': 'yes' },
    'distributed-delivery': {},
    'operating-model-integration': {},
    'further-along': Object.fromEntries(ids.map((id) => [id, 'yes'])),
  };

  it('every stage is listed here', () => {
    expect(Object.keys(asserts).sort()).toEqual(content.stages.map((s) => s.id).sort());
  });

  it('for all 1,024 patterns, what the summary asserts holds', () => {
    const contradictions: string[] = [];
    for (const pattern of allPatterns) {
      const stage = stageOf(pattern);
      for (const [id, answer] of Object.entries(asserts[stage.id] ?? {})) {
        if (pattern.has(id) !== (answer === 'yes')) contradictions.push(`${stage.id} with ${id} ${answer}`);
      }
    }
    expect(contradictions).toEqual([]);
  });

  it.each(['distributed-delivery', 'operating-model-integration'])(
    '%s, reachable with "Production owner" not Yes, asserts no live system, owner or specific control',
    (id) => {
      expect(allPatterns.some((p) => stageOf(p).id === id && !p.has('production-owner'))).toBe(true);
      expect(byId(id).summary).not.toMatch(
        /in production|\blive\b|named (business )?owners?|codified|several ai systems/i,
      );
    },
  );

  it('5 Yes with "Production owner" = No lands on Distributed delivery, whose summary no longer says systems are in production', () => {
    const pattern = new Set(ids.filter((id) => id !== 'production-owner').slice(0, 5));
    expect(stageOf(pattern).id).toBe('distributed-delivery');
    expect(stageOf(pattern).summary).not.toContain('Several AI systems are in production');
  });
});

describe('an honest "next stage" for every one of the 1,024 patterns', () => {
  it('under "Reaching …", the next stage’s rule is said once: by the line from these answers or by the stage’s prose', () => {
    const repeated: string[] = [];
    for (const pattern of allPatterns) {
      const view = buildDiagnosticView(content, answersWithYes(ids, [...pattern], 'no'), stepText);
      if (!view.nextStage) continue;
      const shown = `${view.nextStage.takesText} ${plainText(splitPlan(view.plan).reaching)}`;
      const times = shown.split(view.nextStage.ruleInWords).length - 1;
      if (times > 1) repeated.push(`${view.stage.id}: “${view.nextStage.ruleInWords}” ${times} times`);
    }
    expect([...new Set(repeated)]).toEqual([]);
  });

  it('names a stage one more Yes reaches, or says how many it takes, and never a stage the answers cannot reach', () => {
    const wrong: string[] = [];
    for (const pattern of allPatterns) {
      const current = stageOf(pattern);
      const step = nextStep(content, pattern);
      const sentence = describeNextStep(step, stepText);
      const open = ids.filter((id) => !pattern.has(id));
      const oneMore = open.map((id) => ({ id, stage: stageOf(new Set([...pattern, id])) }));
      const higherByOne = oneMore.filter((o) => o.stage.order > current.order);
      const where = `${[...pattern].join(',') || '(none)'} at ${current.id}`;
      if (!step.stage) {
        if (current.next !== null || open.length > 0) wrong.push(`${where}: no next stage`);
        continue;
      }
      if (!sentence.includes(step.stage.name)) wrong.push(`${where}: sentence does not name ${step.stage.name}`);
      if (step.moreYes === 1) {
        const lowest = Math.min(...higherByOne.map((o) => o.stage.order));
        if (step.stage.order !== lowest) wrong.push(`${where}: one more Yes reaches a lower stage first`);
        const reaching = oneMore.filter((o) => o.stage.id === step.stage?.id).map((o) => o.id);
        if (reaching.join() !== step.anyOf.map((q) => q.id).join()) wrong.push(`${where}: anyOf is not exact`);
        for (const q of step.anyOf)
          if (!sentence.includes(q.label) && step.anyOf.length !== open.length) wrong.push(`${where}: ${q.id} unnamed`);
      } else {
        if (higherByOne.length > 0) wrong.push(`${where}: says ${step.moreYes} but one more Yes moves up`);
        if (!sentence.includes(`${step.moreYes} more Yes answers`)) wrong.push(`${where}: count not said`);
        // Some set of that many Yes answers, including the required ones, reaches the named stage.
        const forbidden = new Set(step.stage.rule.when.filter((c) => c.answer === 'not-yes').map((c) => c.question));
        const required = step.mustInclude.map((q) => q.id);
        const fill = open.filter((id) => !required.includes(id) && !forbidden.has(id));
        const added = [...required, ...fill].slice(0, step.moreYes);
        if (stageOf(new Set([...pattern, ...added])).id !== step.stage.id) wrong.push(`${where}: cannot reach it`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the diagnosis aims at the stage the answers can reach: from Experimentation at 4 Yes, Distributed delivery', () => {
    const yes = ['outcome-metric', 'evaluation-harness', 'security-review', 'unit-cost'];
    const d = diagnose(content, answersWithYes(ids, yes));
    expect([d.stage.id, d.stage.next, d.nextStage?.id]).toEqual([
      'experimentation',
      'selective-production',
      'distributed-delivery',
    ]);
    expect(describeNextStep(d.nextStep, stepText)).toBe(
      'One more Yes, on any of the questions still open, reaches Distributed delivery.',
    );
  });

  it.each<[string, string[], string]>([
    [
      'Experimentation at 4 Yes: any further Yes goes straight to Distributed delivery',
      ['outcome-metric', 'evaluation-harness', 'security-review', 'unit-cost'],
      'One more Yes, on any of the questions still open, reaches Distributed delivery.',
    ],
    ['Experimentation at 0 Yes', [], `A Yes on \u201c${label('production-owner')}\u201d reaches Selective production.`],
    [
      'Selective production at 2 Yes',
      ['production-owner', 'outcome-metric'],
      'Distributed delivery takes 3 more Yes answers.',
    ],
    ['Further along', ids, 'There is no higher stage: the work now is keeping every answer a Yes.'],
  ])('%s', (_, yes, expected) => {
    expect(describeNextStep(nextStep(content, new Set(yes)), stepText)).toBe(expected);
  });
});

describe('cost: the article\u2019s right cuts', () => {
  it('defaults to the fast tier', () => {
    const fast = content.assumptions.modelTiers.find((t) => t.id === content.assumptions.defaultModelTier);
    expect(fast?.id).toBe('fast');
    const cheapest = [...content.assumptions.modelTiers].sort(
      (a, b) => a.perThousandTasksHigh - b.perThousandTasksHigh,
    )[0];
    expect(fast).toEqual(cheapest);
  });

  it('the reference programme is offered one right cut: narrowing the scope to one system, never to none', () => {
    const cuts = rightCuts(content, defaultCostInputs(content));
    expect(cuts.map((c) => c.kind)).toEqual(['narrow-scope']);
    const [narrow] = cuts;
    if (narrow?.kind !== 'narrow-scope') throw new Error('expected narrow-scope');
    expect(narrow.to.workflows + narrow.to.agents).toBe(1);
    expect(narrow.savings).toEqual({ low: 100_000, high: 180_000 });
  });

  it('from volume on the frontier tier, the fast tier is offered with its computed saving', () => {
    const inputs = {
      ...defaultCostInputs(content),
      inference: { mode: 'volume' as const, tasksPerMonth: 100_000, modelTier: 'frontier' },
    };
    const tierCut = rightCuts(content, inputs).find((c) => c.kind === 'fast-tier');
    expect(tierCut?.savings).toEqual({ low: 108_000, high: 540_000 });
  });

  it('the 40\u201360% build share is the article\u2019s own figure, not an assumption', () => {
    expect(content.assumptions.buildShareReference).toMatchObject({
      lowPercent: 40,
      highPercent: 60,
      basis: 'article',
    });
    expect(content.assumptions.buildShareReference.note).not.toMatch(/^\s*assumption/i);
  });
});

describe('the joint review and the full readiness definition', () => {
  const review = content.questions.find((q) => q.id === 'security-review');
  const readiness = [
    /evaluation harness/i,
    /red-team coverage/i,
    /severity taxonomy/i,
    /response time/i,
    /PII redaction/,
    /audit trail/i,
    /runbook/i,
    /on-call rotation/i,
    /unit cost/i,
    /written stop condition/i,
  ];

  it('the review is joint: delivery, security, risk/compliance and product; single-owner reviews named as a failure', () => {
    expect(review?.guidance).toMatch(/joint production-readiness review/);
    for (const who of [/delivery/, /security/, /risk and compliance/, /product/]) expect(review?.guidance).toMatch(who);
    expect(review?.guidance).toMatch(/single-owner reviews are a common failure mode/i);
  });

  it.each(readiness)('the readiness definition includes %s', (item) => {
    expect(review?.guidance).toMatch(item);
  });

  it('the definition is signed by engineering, security, risk and the business sponsor', () => {
    expect(review?.guidance).toMatch(/signed by engineering, security, risk and the business sponsor/);
  });

  it.each(['experimentation', 'selective-production'])('the %s plan asks for the full definition', (id) => {
    for (const item of readiness) expect(byId(id).plan).toMatch(item);
  });
});

describe('policy-as-code and the audit trail are separate invariants', () => {
  const guidance = content.questions.find((q) => q.id === 'policy-as-code')?.guidance ?? '';
  it('the guidance no longer says policy-as-code gives the audit trail', () => {
    expect(guidance).not.toMatch(/gives the audit trail/);
    expect(guidance).toMatch(/not the same thing as the audit trail/);
  });
});

describe('"Our reading" is marked and listed', () => {
  const words = loadPageText('methodology');
  const items = ourReadings(content, words);

  it('the under-five split by "Production owner" is marked on both stages it separates', () => {
    for (const id of ['experimentation', 'selective-production']) {
      expect(byId(id).ruleReading).toMatch(/this product’s reading/);
    }
  });

  it('every stop threshold in a plan is marked', () => {
    for (const stage of content.stages) {
      const stop = stage.plan.split('## Stop condition')[1]?.split('\n## ')[0] ?? '';
      if (/\b(weeks?|quarters?|one .* in three|last year)\b/.test(stop)) expect(stop).toContain('**Our reading:**');
    }
  });

  it('scaling build lines by N and keeping the others flat is marked on each line', () => {
    for (const id of ['workflow-build', 'agent-build', 'governance-evaluation', 'data-platform', 'operations']) {
      expect(content.costLines.find((l) => l.id === id)?.ourReading).toMatch(/this product’s reading/);
    }
  });

  it('the methodology list has every marked item, each pointing at where it is shown', () => {
    const marked =
      content.stages.filter((s) => s.ruleReading).length +
      content.costLines.filter((l) => l.ourReading).length +
      [...content.stages.map((s) => s.plan), ...content.questions.map((q) => q.guidance), content.assumptions.sources]
        .join('\n')
        .split('**Our reading:**').length -
      1;
    expect(items).toHaveLength(marked);
    for (const item of items) {
      expect(item.href).toMatch(/^\//);
      expect(item.text).not.toContain('**Our reading:**');
    }
  });

  it('says where each is shown in methodology.md’s words: an edit there changes the list', () => {
    const sources = items.filter((item) => item.href === '/methodology/#sources');
    for (const item of sources) expect(item.where).toBe(words['reading-sources']);
    const stage = content.stages.find((s) => s.ruleReading)!;
    expect(items.map((item) => item.where)).toContain(fillSlots(words['reading-stage-rule'], { stage: stage.name }));
    const edited = ourReadings(content, { ...words, 'reading-stage-rule': 'Regel van {stage}' });
    expect(edited.map((item) => item.where)).toContain(`Regel van ${stage.name}`);
    expect(edited.map((item) => item.where)).not.toContain(
      fillSlots(words['reading-stage-rule'], { stage: stage.name }),
    );
  });
});
