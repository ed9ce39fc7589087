import { z } from 'zod';
import { IdSchema, OrderSchema, line } from './common';

/** "article" when the source article says it; "our-reading" when it is this product's interpretation. */
export const ClaimSourceSchema = z.enum(['article', 'our-reading'], {
  error: 'should be "article" (the source says it) or "our-reading" (our interpretation)',
});

/** A short title with one or two sentences under it. */
export const TitledTextSchema = z.strictObject({
  /** Shown as a heading or lead-in. */
  title: line(100, 'a short title'),
  /** One or two sentences. */
  text: line(400, 'one or two sentences'),
});

/** One answer to a rubric question. */
export const RubricOptionSchema = z.strictObject({
  /** Stable id; saved decisions refer to it. */
  id: IdSchema,
  /** The answer as the visitor reads it. */
  label: line(120, 'the answer'),
  /** Points toward "agent": 0 (automation), 1 or 2 (agent); multiplied by the question's weight. */
  points: z.number().int().min(0, { error: 'should be 0, 1 or 2' }).max(2, { error: 'should be 0, 1 or 2' }),
  /** Why this answer matters, in plain words; shown with the classification. */
  reason: line(240, 'one sentence on why this answer matters'),
});

/** One question of the agent-or-automation rubric. */
export const RubricQuestionSchema = z
  .strictObject({
    /** Stable id; saved decisions refer to it. */
    id: IdSchema,
    /** Position in the rubric. */
    order: OrderSchema,
    /** Short label for summaries. */
    label: line(60, 'a short label'),
    /** The question as asked. */
    question: line(160, 'the question'),
    /** One line of help under the question. */
    hint: line(240, 'one line of help'),
    /** Whether the source asks this, or we do. */
    source: ClaimSourceSchema,
    /** How much the question counts (Our reading). */
    weight: z.number().int().min(1, { error: 'should be 1 or more' }).max(10, { error: 'should be at most 10' }),
    /** Two to five answers. */
    options: z.array(RubricOptionSchema).min(2).max(5),
  })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, {
    path: ['options'],
    error: 'should have a different id for each answer',
  });

const OutcomeSchema = z.strictObject({
  /** Name of the outcome. */
  label: line(60, 'the outcome name'),
  /** What to build, in one sentence. */
  summary: line(300, 'one sentence on what to build'),
  /** Workflows this outcome adds to the cost calculator (Our reading). */
  workflows: z.number().int().min(0).max(5),
  /** Agents this outcome adds to the cost calculator (Our reading). */
  agents: z.number().int().min(0).max(5),
});

/** Frontmatter of `content/decisions/agent-or-automation.md`; the body is the page's intro. */
export const DecisionRubricSchema = z
  .strictObject({
    /** The page title. */
    title: line(60, 'the page title'),
    /** The source's rule, word for word. */
    rule: z.strictObject({
      question: line(200, 'the rule as a question'),
      explanation: line(300, 'what each answer means'),
    }),
    /** The rubric questions; the first is the rule itself. */
    questions: z.array(RubricQuestionSchema).min(1).max(10),
    /** Where the weighted total turns into an outcome (Our reading). */
    thresholds: z
      .strictObject({
        automationMax: z.number().int().min(0),
        agentMin: z.number().int().min(1),
        note: line(600, 'why these thresholds, starting "Our reading:"'),
      })
      .refine((t) => t.automationMax < t.agentMin, { path: ['agentMin'], error: 'should be more than automationMax' }),
    outcomes: z.strictObject({ automation: OutcomeSchema, agent: OutcomeSchema, hybrid: OutcomeSchema }),
    /** How outcomes become workflow and agent counts. */
    countsNote: line(400, 'a note starting "Our reading:"'),
    /** The risks of getting it wrong, in the source's words. */
    risks: z.strictObject({ agentifiedWorkflow: TitledTextSchema, automatedBranchyTask: TitledTextSchema }),
    /** Ways to combine the two. */
    hybridPatterns: z.array(TitledTextSchema).min(1).max(6),
    hybridPatternsNote: line(400, 'a note starting "Our reading:"'),
    /**
     * The calculator's warning when it plans more agents than the decisions support: `text` holds
     * {agents} and {classified}, filled with the counts as worded here ({count} in each).
     */
    warning: TitledTextSchema.extend({
      agentsOne: line(60, 'the agents planned when there is one, with {count}'),
      agentsMany: line(60, 'the agents planned when there are several, with {count}'),
      classifiedNone: line(60, 'how many use cases came out as an agent or a hybrid when none did'),
      classifiedSome: line(60, 'how many use cases came out as an agent or a hybrid, with {count}'),
    }),
  })
  .refine((r) => new Set(r.questions.map((q) => q.id)).size === r.questions.length, {
    path: ['questions'],
    error: 'should have a different id for each question',
  })
  .refine((r) => r.questions[0]?.source === 'article', {
    path: ['questions', 0, 'source'],
    error: 'should be "article": the first question is the source\'s rule',
  });

export type DecisionRubricData = z.output<typeof DecisionRubricSchema>;
