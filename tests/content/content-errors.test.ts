/**
 * Each mistake an editor can make stops the content from loading, with the file, the field and a
 * hint on how to fix it. The messages are pinned because editors read them, not engineers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentSchemaError, loadSiteContent, loadUncheckedSiteContent, readRawContent } from '../helpers/load-content';
import { checkContentIntegrity, type ContentProblem } from '../../src/domain/content-integrity';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const fixtureFile = (name: string, file: string) => `tests/content/fixtures/${name}/${file}`;

/** The schema problems a fixture raises (or [] when its frontmatter is valid). */
function schemaProblems(name: string): ContentProblem[] {
  try {
    readRawContent(fixture(name));
    return [];
  } catch (error) {
    if (error instanceof ContentSchemaError) return error.problems;
    throw error;
  }
}

const integrityProblems = (name: string) => checkContentIntegrity(loadUncheckedSiteContent(fixture(name)));

/** The message loading the fixture fails with. */
function loadError(name: string): string {
  try {
    loadSiteContent(fixture(name));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`fixture "${name}" loaded without error`);
}

it('the valid fixture loads, so every other case fails for its one mistake only', () => {
  const content = loadSiteContent(fixture('valid'));
  expect([content.questions.length, content.stages.length, content.costLines.length]).toEqual([3, 3, 2]);
});

describe.each<[string, 'schema' | 'integrity', string, string, string]>([
  [
    'frontmatter-wrong-type',
    'schema',
    'questions/outcome-metric.md',
    'order',
    'should be a whole number giving the position, e.g. 3',
  ],
  ['frontmatter-unknown-field', 'schema', 'questions/outcome-metric.md', 'colour', 'remove them or check the spelling'],
  ['frontmatter-missing-field', 'schema', 'questions/outcome-metric.md', 'text', 'the question as asked'],
  ['duplicate-id', 'integrity', 'questions/evaluation-harness.md', 'id', 'each question needs its own id'],
  [
    'unknown-question-in-rule',
    'integrity',
    'stages/experimentation.md',
    'rule.when.0.question',
    'use one of outcome-metric, production-owner, evaluation-harness',
  ],
  [
    'overlapping-stage-ranges',
    'integrity',
    'stages/selective-production.md',
    'rule',
    'make the minYes/maxYes ranges or "when" conditions exclusive',
  ],
  [
    'gap-in-stage-ranges',
    'integrity',
    'stages/',
    'rule',
    `widen a stage's minYes/maxYes or relax its "when" conditions`,
  ],
  [
    'missing-first-step',
    'integrity',
    'questions/outcome-metric.md',
    'body',
    'add that heading and the first step under it',
  ],
])('%s', (name, kind, file, field, hint) => {
  const expectedFile = fixtureFile(name, file);
  const problems = kind === 'schema' ? schemaProblems(name) : integrityProblems(name);

  it(`names ${file} → ${field} with a hint`, () => {
    expect(problems).toContainEqual({ file: expectedFile, field, message: expect.stringContaining(hint) });
  });

  it('fails loading with that problem in the message', () => {
    expect(loadError(name)).toContain(expectedFile);
    expect(loadError(name)).toContain(hint);
  });
});

describe('messages editors see', () => {
  it('wrong type', () => {
    expect(loadError('frontmatter-wrong-type')).toMatchInlineSnapshot(
      `"tests/content/fixtures/frontmatter-wrong-type/questions/outcome-metric.md → order: should be a whole number giving the position, e.g. 3"`,
    );
  });

  it('unknown field', () => {
    expect(loadError('frontmatter-unknown-field')).toMatchInlineSnapshot(
      `"tests/content/fixtures/frontmatter-unknown-field/questions/outcome-metric.md → colour: unknown field(s) colour: remove them or check the spelling"`,
    );
  });

  it('missing field', () => {
    expect(loadError('frontmatter-missing-field')).toMatchInlineSnapshot(
      `"tests/content/fixtures/frontmatter-missing-field/questions/outcome-metric.md → text: should be the question as asked, as text"`,
    );
  });

  it('duplicate id', () => {
    expect(loadError('duplicate-id')).toMatchInlineSnapshot(`
      "Content check failed (2 problems):
        - tests/content/fixtures/duplicate-id/questions/evaluation-harness.md → id: is "outcome-metric" but the file is named "evaluation-harness.md": rename the file or the id so they match
        - tests/content/fixtures/duplicate-id/questions/evaluation-harness.md → id: "outcome-metric" is also the id of tests/content/fixtures/duplicate-id/questions/outcome-metric.md: each question needs its own id"
    `);
  });

  it('unknown question in a stage rule', () => {
    expect(loadError('unknown-question-in-rule')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - tests/content/fixtures/unknown-question-in-rule/stages/experimentation.md → rule.when.0.question: "production-ownr" is not the id of any question in tests/content/fixtures/unknown-question-in-rule/questions/: use one of outcome-metric, production-owner, evaluation-harness"
    `);
  });

  it('overlapping stage ranges', () => {
    expect(loadError('overlapping-stage-ranges')).toMatchInlineSnapshot(`
      "Content check failed (2 problems):
        - tests/content/fixtures/overlapping-stage-ranges/stages/selective-production.md → rule: overlaps tests/content/fixtures/overlapping-stage-ranges/stages/further-along.md on 2 answer pattern(s), e.g. 2 Yes (outcome-metric, production-owner): make the minYes/maxYes ranges or "when" conditions exclusive
        - tests/content/fixtures/overlapping-stage-ranges/stages/experimentation.md → rule: overlaps tests/content/fixtures/overlapping-stage-ranges/stages/further-along.md on 1 answer pattern(s), e.g. 2 Yes (outcome-metric, evaluation-harness): make the minYes/maxYes ranges or "when" conditions exclusive"
    `);
  });

  it('gap in stage ranges', () => {
    expect(loadError('gap-in-stage-ranges')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - tests/content/fixtures/gap-in-stage-ranges/stages/ → rule: 3 answer pattern(s) match no stage, e.g. 2 Yes (outcome-metric, production-owner); 2 Yes (outcome-metric, evaluation-harness); 2 Yes (production-owner, evaluation-harness): widen a stage's minYes/maxYes or relax its "when" conditions"
    `);
  });

  it('missing first step', () => {
    expect(loadError('missing-first-step')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - tests/content/fixtures/missing-first-step/questions/outcome-metric.md → body: has no "## First step" section: add that heading and the first step under it"
    `);
  });
});
