/**
 * The promise to content editors, end to end: a mistake in content/ prose fails `astro build`
 * with the file, the line and the field named. Slow (a real build per pass of the content check;
 * tests/helpers/failing-build.ts); the fast tests in content-errors.test.ts cover many more
 * mistakes. Mistakes in data, and what a failed build leaves behind: build-failure-data.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingBuild, problemsIn, type ContentEdit } from '../helpers/failing-build';
import { BUILD_TIMEOUT_MS, removeCopies } from '../helpers/project-copy';

afterAll(removeCopies);

const BUILD = { timeout: BUILD_TIMEOUT_MS + 30_000 };

describe('astro build with Markdown a reader must never get', BUILD, () => {
  const edits: ContentEdit[] = [
    {
      file: 'content/stages/experimentation.md',
      from: '## What this stage looks like\n',
      to: '## What this stage looks like\n\n<img src=x onerror="alert(1)">\n',
    },
    {
      file: 'content/pages/privacy.md',
      from: 'as described on this page.',
      to: 'as [described here](javascript&#58;alert(1)).',
    },
    {
      file: 'content/questions/unit-cost.md',
      from: 'Those are inputs, not the unit cost.',
      to: 'Those are [inputs](&#x6A;avascript&#x3A;alert(1)), not the unit cost.',
    },
  ];
  let problems = '';
  beforeAll(() => {
    problems = failingBuild(edits);
  }, BUILD.timeout);

  it('raw HTML in a body', () => {
    expect(problemsIn(problems, 'content/stages/experimentation.md')).toMatchInlineSnapshot(
      `"- content/stages/experimentation.md:18 → body: raw HTML is not allowed ("<img src=x onerror="alert(1)">"): write Markdown instead (**bold**, *emphasis*, [text](https://…)); raw HTML is never rendered"`,
    );
  });

  it('a javascript&#58; link', () => {
    expect(problemsIn(problems, 'content/pages/privacy.md')).toMatchInlineSnapshot(
      `"- content/pages/privacy.md:69 → body: a link to "javascript&#58;alert(1)" is not allowed ("[described here](javascript&#58;alert(1))"): links may only start with https:, http: or mailto:, or be a path on this site such as /methodology/"`,
    );
  });

  it('a &#x6A;avascript&#x3A; link', () => {
    expect(problemsIn(problems, 'content/questions/unit-cost.md')).toMatchInlineSnapshot(
      `"- content/questions/unit-cost.md:11 → body: a link to "&#x6A;avascript&#x3A;alert(1)" is not allowed ("[inputs](&#x6A;avascript&#x3A;alert(1))"): links may only start with https:, http: or mailto:, or be a path on this site such as /methodology/"`,
    );
  });

  it('names each mistake once, and nothing else', () => {
    expect(problems.split('\n')).toHaveLength(edits.length);
  });
});

describe('astro build with figures and ids that should be placeholders', BUILD, () => {
  const edits: ContentEdit[] = [
    {
      file: 'content/pages/methodology.md',
      from: '{questions.count|words} yes/no questions',
      to: '{questions.total} yes/no questions',
    },
    {
      file: 'content/cost/assumptions.md',
      from: 'come to {cost.total} for year one',
      to: 'come to $410,000 – $925,000 for year one',
    },
    {
      file: 'content/stages/distributed-delivery.md',
      from: '{stage:operating-model-integration} needs {stage:operating-model-integration.rule}.',
      to: '{stage:operating-model-integration} needs eight or nine Yes answers.',
    },
    {
      file: 'content/stages/selective-production.md',
      from: 'turn {question:evaluation-harness},',
      to: 'turn evaluation-harness,',
    },
  ];
  let problems = '';
  beforeAll(() => {
    problems = failingBuild(edits);
  }, BUILD.timeout);

  it('an unknown placeholder', () => {
    expect(problemsIn(problems, 'content/pages/methodology.md')).toMatchInlineSnapshot(
      `"- content/pages/methodology.md:96 → body: unknown placeholder {questions.total}: did you mean {questions.count}, {cost.total}, {questions.patterns}? (docs/editing.md lists every placeholder)"`,
    );
  });

  it('a stale literal figure', () => {
    expect(problemsIn(problems, 'content/cost/assumptions.md')).toMatchInlineSnapshot(`
        "- content/cost/assumptions.md:58 → body: "$410,000" is written out: use {cost.total.low} (or {cost.total} for the whole range) instead of the figure
        - content/cost/assumptions.md:58 → body: "$925,000" is written out: use {cost.total.high} (or {cost.total} for the whole range) instead of the figure"
      `);
  });

  it('a stale stage range', () => {
    expect(problemsIn(problems, 'content/stages/distributed-delivery.md')).toMatchInlineSnapshot(
      `"- content/stages/distributed-delivery.md:32 → body: "eight or nine Yes" is written out: a number of Yes answers from a stage rule: use {stage:operating-model-integration.rule} (the whole rule in words) or {stage:operating-model-integration.minYes}"`,
    );
  });

  it('a question id in prose', () => {
    expect(problemsIn(problems, 'content/stages/selective-production.md')).toMatchInlineSnapshot(
      `"- content/stages/selective-production.md:36 → body: "evaluation-harness" is written out: "evaluation-harness" is a question id, which readers never see: use {question:evaluation-harness} for its label ("Evaluation harness in CI")"`,
    );
  });

  it('names each mistake, and nothing else (the literal range twice: one line per figure)', () => {
    expect(problems.split('\n')).toHaveLength(edits.length + 1);
  });
});
