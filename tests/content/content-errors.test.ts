/**
 * Each mistake an editor can make stops the content from loading, with the file, the real line,
 * the field and a hint on how to fix it. The messages are pinned because editors read them, not
 * engineers. Folder fixtures cover the cross-file cases; single-file mistakes are made in memory
 * on a copy of the valid fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, checkContent, loadSiteContent } from '../helpers/load-content';
import { checkContentFiles, formatProblems, type ContentFile } from '../../src/lib/content-check';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const VALID_DIR = relative(PROJECT_ROOT, fixture('valid'));

/** The message loading the fixture fails with. */
function loadError(name: string): string {
  try {
    loadSiteContent(fixture(name));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`fixture "${name}" loaded without error`);
}

function validFiles(): ContentFile[] {
  const dir = fixture('valid');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({ path: `${VALID_DIR}/${file}`, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Checks the valid fixture with one file's text changed; fails the test if the change did nothing. */
function errorsAfter(file: string, from: string | RegExp, to: string): string {
  const files = validFiles().map((f) => {
    if (f.path !== `${VALID_DIR}/${file}`) return f;
    const text = f.text.replace(from, to);
    expect(text, `${file} should contain ${String(from)}`).not.toBe(f.text);
    return { ...f, text };
  });
  return formatProblems(checkContentFiles(files, VALID_DIR).problems).replaceAll(`${VALID_DIR}/`, '');
}

const BODY = 'Guidance on what a real Yes looks like for this question.';

it('the valid fixture loads, so every other case fails for its one mistake only', () => {
  const content = loadSiteContent(fixture('valid'));
  expect([content.questions.length, content.stages.length, content.costLines.length]).toEqual([3, 3, 2]);
  expect(checkContentFiles(validFiles(), VALID_DIR).problems).toEqual([]);
});

describe('cross-file mistakes (fixture folders)', () => {
  it.each([
    'frontmatter-wrong-type',
    'frontmatter-unknown-field',
    'frontmatter-missing-field',
    'duplicate-id',
    'unknown-question-in-rule',
    'overlapping-stage-ranges',
    'gap-in-stage-ranges',
    'missing-first-step',
  ])('%s fails to load and the check finds it', (name) => {
    expect(checkContent(fixture(name)).problems.length).toBeGreaterThan(0);
    expect(checkContent(fixture(name)).content).toBeNull();
  });

  it('wrong type', () => {
    expect(loadError('frontmatter-wrong-type')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - tests/content/fixtures/frontmatter-wrong-type/questions/outcome-metric.md:3 → order: should be a whole number giving the position, e.g. 3"
    `);
  });

  it('unknown field', () => {
    expect(loadError('frontmatter-unknown-field')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - tests/content/fixtures/frontmatter-unknown-field/questions/outcome-metric.md:7 → colour: unknown field(s) colour: remove them or check the spelling"
    `);
  });

  it('missing field says "missing"', () => {
    expect(loadError('frontmatter-missing-field')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - tests/content/fixtures/frontmatter-missing-field/questions/outcome-metric.md:2 → text: is missing: add it (it should be the question as asked, as text)"
    `);
  });

  it('duplicate id', () => {
    expect(loadError('duplicate-id')).toMatchInlineSnapshot(`
      "Content check failed (2 problems):
        - tests/content/fixtures/duplicate-id/questions/evaluation-harness.md:2 → id: is "outcome-metric" but the file is named "evaluation-harness.md": rename the file or the id so they match
        - tests/content/fixtures/duplicate-id/questions/evaluation-harness.md:2 → id: "outcome-metric" is also the id of tests/content/fixtures/duplicate-id/questions/outcome-metric.md: each question needs its own id"
    `);
  });

  it('unknown question in a stage rule', () => {
    expect(loadError('unknown-question-in-rule')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - tests/content/fixtures/unknown-question-in-rule/stages/experimentation.md:10 → rule.when.0.question: "production-ownr" is not the id of any question in tests/content/fixtures/unknown-question-in-rule/questions/: use one of outcome-metric, production-owner, evaluation-harness"
    `);
  });

  it('overlapping stage ranges', () => {
    expect(loadError('overlapping-stage-ranges')).toMatchInlineSnapshot(`
      "Content check failed (2 problems):
        - tests/content/fixtures/overlapping-stage-ranges/stages/selective-production.md:6 → rule: overlaps tests/content/fixtures/overlapping-stage-ranges/stages/further-along.md on 2 answer pattern(s), e.g. 2 Yes (outcome-metric, production-owner): make the minYes/maxYes ranges or "when" conditions exclusive
        - tests/content/fixtures/overlapping-stage-ranges/stages/experimentation.md:6 → rule: overlaps tests/content/fixtures/overlapping-stage-ranges/stages/further-along.md on 1 answer pattern(s), e.g. 2 Yes (outcome-metric, evaluation-harness): make the minYes/maxYes ranges or "when" conditions exclusive"
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
        - tests/content/fixtures/missing-first-step/questions/outcome-metric.md:8 → body: has no "## First step" section: add that heading and the first step under it"
    `);
  });
});

describe('single-file mistakes, with the real line and how to fix it', () => {
  it('an unquoted colon in YAML', () => {
    expect(
      errorsAfter(
        'questions/outcome-metric.md',
        'why: "A one-line reason this question matters."',
        'why: Note: it matters',
      ),
    ).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - questions/outcome-metric.md:6 → (frontmatter): this value contains a colon followed by a space, which YAML reads as a new field: quote text that contains a colon, e.g. summary: "Note: like this""
    `);
  });

  it('bad indentation in YAML', () => {
    expect(errorsAfter('stages/further-along.md', '  maxYes: 3', '    maxYes: 3')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - stages/further-along.md:8 → (frontmatter): the indentation is off: start each field at the left edge, and indent list items and nested fields by two spaces"
    `);
  });

  it('a missing next on the top stage mentions null', () => {
    expect(errorsAfter('stages/further-along.md', 'next: null\n', '')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - stages/further-along.md:2 → next: is missing: add it (it should be the id of the stage to aim for next in quotes, or null on the top stage (write: next: null))"
    `);
  });

  it('low above high on a cost line', () => {
    expect(errorsAfter('cost/lines/operations.md', 'low: 60000', 'low: 160000')).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - cost/lines/operations.md:6 → high: is 150000, below low (160000): high is the top of the reference range, so it must be at least low — swap the two figures if they are the wrong way round"
    `);
  });

  it('raw HTML in a body', () => {
    expect(errorsAfter('questions/outcome-metric.md', BODY, `${BODY}\n\n<div onclick="x()">Click</div>`))
      .toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - questions/outcome-metric.md:11 → body: raw HTML is not allowed ("<div onclick="x()">Click</div>"): write Markdown instead (**bold**, *emphasis*, [text](https://…)); raw HTML is never rendered"
    `);
  });

  it.each([
    ['plain', 'javascript:alert(1)'],
    ['decimal entity colon', 'javascript&#58;alert(1)'],
    ['hex entities', '&#x6A;avascript&#x3A;alert(1)'],
    ['named entity colon', 'javascript&colon;alert(1)'],
    ['tab inside the scheme', 'java&#9;script:alert(1)'],
    ['upper case', 'JAVASCRIPT:alert(1)'],
    ['data URL', 'data:text/html,hi'],
  ])('a %s javascript: or other unsafe link', (_, href) => {
    const errors = errorsAfter('questions/outcome-metric.md', BODY, `${BODY} [Read more](${href}).`);
    expect(errors).toContain('questions/outcome-metric.md:9 → body: a link to');
    expect(errors).toContain(
      'links may only start with https:, http: or mailto:, or be a path on this site such as /methodology/',
    );
  });

  it('an entity-encoded javascript: link, in full', () => {
    expect(errorsAfter('questions/outcome-metric.md', BODY, `${BODY} [Read more](&#x6A;avascript&#x3A;alert(1)).`))
      .toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - questions/outcome-metric.md:9 → body: a link to "&#x6A;avascript&#x3A;alert(1)" is not allowed ("[Read more](&#x6A;avascript&#x3A;alert(1))"): links may only start with https:, http: or mailto:, or be a path on this site such as /methodology/"
    `);
  });

  it.each([
    ['https', 'https://example.org/a?b=1&c=2'],
    ['mailto', 'mailto:team@example.org'],
    ['site path', '/methodology/#questions'],
    ['relative', '../stages/'],
  ])('allows a %s link', (_, href) => {
    expect(errorsAfter('questions/outcome-metric.md', BODY, `${BODY} [Read more](${href}).`)).toContain('(0 problems)');
  });

  it('an unknown placeholder', () => {
    expect(errorsAfter('questions/outcome-metric.md', BODY, `${BODY} There are {question.count} questions.`))
      .toMatchInlineSnapshot(`
        "Content check failed (1 problem):
          - questions/outcome-metric.md:9 → body: unknown placeholder {question.count}: did you mean {questions.count}, {stages.count}, {cost.lines.count}? (docs/editing.md lists every placeholder)"
      `);
  });

  it('a figure from the data written out', () => {
    expect(errorsAfter('cost/lines/operations.md', 'What operations covers.', 'It costs $60,000 or more.'))
      .toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - cost/lines/operations.md:13 → body: "$60,000" is written out: use {line:operations.low} instead of the figure"
    `);
  });

  it('a question count written out, in a frontmatter field', () => {
    expect(
      errorsAfter(
        'stages/experimentation.md',
        /summary: ".*"/,
        'summary: "Three questions answered, and no system in production."',
      ),
    ).toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - stages/experimentation.md:5 → summary: "Three questions" is written out: use {questions.count} (or {questions.count|words}) instead of the number"
    `);
  });

  it('a question id in prose', () => {
    expect(errorsAfter('questions/outcome-metric.md', BODY, `${BODY} Then turn production-owner to Yes.`))
      .toMatchInlineSnapshot(`
      "Content check failed (1 problem):
        - questions/outcome-metric.md:9 → body: "production-owner" is written out: "production-owner" is a question id, which readers never see: use {question:production-owner} for its label ("Production owner")"
    `);
  });

  it('straight quotes in a body and in a frontmatter field, each with its line and what to type', () => {
    const files = validFiles().map((f) =>
      f.path === `${VALID_DIR}/questions/outcome-metric.md`
        ? {
            ...f,
            text: f.text
              .replace('why: "A one-line reason this question matters."', 'why: "The sponsor\'s \\"number\\"."')
              .replace(BODY, `${BODY} It isn't "agreed" until it is written down.`),
          }
        : f,
    );
    expect(formatProblems(checkContentFiles(files, VALID_DIR).problems).replaceAll(`${VALID_DIR}/`, ''))
      .toMatchInlineSnapshot(`
        "Content check failed (4 problems):
          - questions/outcome-metric.md:6 → why: has a straight apostrophe in "sponsor's": type ’ (right single quotation mark, U+2019) instead
          - questions/outcome-metric.md:6 → why: has straight quotation marks around "number": type “ and ” (U+201C, U+201D) instead
          - questions/outcome-metric.md:9 → body: has a straight apostrophe in "isn't": type ’ (right single quotation mark, U+2019) instead
          - questions/outcome-metric.md:9 → body: has straight quotation marks around "agreed": type “ and ” (U+201C, U+201D) instead"
      `);
  });

  it('placeholders resolve in bodies and prose fields', () => {
    const files = validFiles().map((f) =>
      f.path.endsWith('questions/outcome-metric.md')
        ? {
            ...f,
            text: f.text.replace(
              BODY,
              'There are {questions.count|words} questions; {stage:selective-production} needs {stage:selective-production.rule}.',
            ),
          }
        : f,
    );
    const { content, problems } = checkContentFiles(files, VALID_DIR);
    expect(problems).toEqual([]);
    expect(content?.questions[0]?.guidance).toBe(
      'There are three questions; Selective production needs 0\u20132 Yes, and \u201cProduction owner\u201d is Yes.',
    );
  });
});
