/**
 * The real content behind the documents and checks: every file validates, every invariant links
 * to questions that exist, and what the source article names is present — the seven invariants
 * with their specifics, the eight readiness-definition elements, the sign-off roles and the six
 * partner commitments. A failure here is a content mistake the build would ship otherwise.
 */
import { describe, expect, it } from 'vitest';
import { checkDocumentsContent } from '../../src/domain/documents-content';
import { loadDocumentsContent } from '../helpers/load-documents-content';
import { loadSiteContent } from '../helpers/load-content';
import { InvariantSchema } from '../../src/schemas/invariant';

const content = loadDocumentsContent();
const questionIds = loadSiteContent().questions.map((q) => q.id);

describe('documents content', () => {
  it('passes every cross-file check against the real questions', () => {
    expect(checkDocumentsContent(content, questionIds)).toEqual([]);
  });

  it('has seven invariants, each linked to at least one existing question', () => {
    expect(content.invariants).toHaveLength(7);
    for (const invariant of content.invariants) {
      expect(invariant.questions.length).toBeGreaterThan(0);
      for (const id of invariant.questions) expect(questionIds, `${invariant.source} → ${id}`).toContain(id);
    }
  });

  it('invariants carry the article’s specifics for "done"', () => {
    const done = (id: string) => content.invariants.find((i) => i.id === id)?.done.join(' ') ?? '';
    expect(done('evaluation-harness')).toMatch(/golden set of 100–500 representative inputs/i);
    for (const part of [
      'Automated scoring',
      'regression alerts',
      'production traffic',
      'every pull request',
      'model update',
      'release',
    ])
      expect(done('evaluation-harness')).toContain(part);
    expect(done('red-team-harness')).toMatch(/at least 50 probes, organised by attack class/i);
    for (const part of ['severity taxonomy', 'Response SLAs']) expect(done('red-team-harness')).toContain(part);
    for (const part of [
      'inputs',
      'outputs',
      'model and prompt version',
      'tool calls',
      'policy evaluations',
      'timestamps',
      'human approvers',
      'case ID',
      'compliance period',
      'without writing code',
    ])
      expect(done('audit-trail')).toContain(part);
    for (const part of [
      'built the system',
      'weekly evaluation review',
      'Monthly regression work',
      'quarterly model refresh',
      'Named owners',
    ])
      expect(done('operating-model')).toContain(part);
  });

  it('has every readiness-definition element the article lists, with a default target and owner', () => {
    expect(content.readinessElements.map((e) => e.label)).toEqual([
      'Evaluation harness with threshold',
      'Red-team coverage',
      'PII redaction',
      'Audit trail',
      'Runbook',
      'On-call rotation',
      'Unit-cost tracking',
      'Written stop condition',
    ]);
  });

  it('signs off the definition jointly, and the scorecard by sponsor and finance', () => {
    expect(content.readinessDocument.signOffRoles.map((r) => r.label)).toEqual([
      'Engineering',
      'Security',
      'Risk and compliance',
      'Business sponsor',
    ]);
    expect(content.scorecard.signOffRoles.map((r) => r.label)).toEqual(['Programme sponsor', 'Finance partner']);
  });

  it('has the six partner commitments and both verdicts', () => {
    expect(content.partnerCommitments).toHaveLength(6);
    const text = content.partnerCommitments.map((c) => c.commitment).join(' ');
    for (const part of [
      'readiness definition is in the statement of work',
      'signed by finance before build',
      'evaluation harness ships with the first release',
      'Governance ships with the system',
      'Named on-call, with a written handover by month twelve',
      'written stop condition',
    ])
      expect(text.toLowerCase()).toContain(part.toLowerCase());
    expect([content.partnerVerdict.pilot, content.partnerVerdict.system]).toEqual([
      'Selling you a pilot',
      'Selling you a system',
    ]);
  });
});

describe('cross-file checks catch mistakes', () => {
  it('an invariant naming an unknown question', () => {
    const broken = {
      ...content,
      invariants: content.invariants.map((i, n) => (n === 0 ? { ...i, questions: ['no-such-question'] } : i)),
    };
    expect(checkDocumentsContent(broken, questionIds)).toEqual([
      expect.objectContaining({
        file: content.invariants[0]!.source,
        field: 'questions',
        message: expect.stringContaining('"no-such-question" is not a question id'),
      }),
    ]);
  });

  it('an id that does not match its file, and a repeated order', () => {
    const [first, second] = content.partnerCommitments;
    const broken = {
      ...content,
      partnerCommitments: [
        first!,
        { ...second!, id: 'renamed', order: first!.order },
        ...content.partnerCommitments.slice(2),
      ],
    };
    const fields = checkDocumentsContent(broken, questionIds).map((p) => `${p.file}:${p.field}`);
    expect(fields).toEqual([`${second!.source}:id`, `${second!.source}:order`]);
  });

  it('the schema names an unknown frontmatter field', () => {
    const { body: _b, source: _s, ...data } = content.invariants[0]!;
    const result = InvariantSchema.safeParse({ ...data, colour: 'red' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s) colour: remove them or check the spelling');
  });
});
