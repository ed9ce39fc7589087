/**
 * The promise to content editors, end to end: a mistake in content/ prose fails `astro build`
 * with the file, the line and the field named. Slow (a real build per case); the fast tests in
 * content-errors.test.ts cover many more mistakes. Mistakes in data, and what a failed build
 * leaves behind: build-failure-data.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { failingBuild } from '../helpers/failing-build';
import { BUILD_TIMEOUT_MS, removeCopies } from '../helpers/project-copy';

afterEach(removeCopies);

describe('astro build with broken prose', { timeout: BUILD_TIMEOUT_MS + 30_000 }, () => {
  it('raw HTML in a body', () => {
    expect(
      failingBuild(
        'content/stages/experimentation.md',
        '## What this stage looks like\n',
        '## What this stage looks like\n\n<img src=x onerror="alert(1)">\n',
      ),
    ).toMatchInlineSnapshot(
      `"- content/stages/experimentation.md:18 → body: raw HTML is not allowed ("<img src=x onerror="alert(1)">"): write Markdown instead (**bold**, *emphasis*, [text](https://…)); raw HTML is never rendered"`,
    );
  });

  it('a javascript&#58; link', () => {
    expect(
      failingBuild(
        'content/pages/privacy.md',
        'as described on this page.',
        'as [described here](javascript&#58;alert(1)).',
      ),
    ).toMatchInlineSnapshot(
      `"- content/pages/privacy.md:69 → body: a link to "javascript&#58;alert(1)" is not allowed ("[described here](javascript&#58;alert(1))"): links may only start with https:, http: or mailto:, or be a path on this site such as /methodology/"`,
    );
  });

  it('a &#x6A;avascript&#x3A; link', () => {
    expect(
      failingBuild(
        'content/questions/unit-cost.md',
        'Those are inputs, not the unit cost.',
        'Those are [inputs](&#x6A;avascript&#x3A;alert(1)), not the unit cost.',
      ),
    ).toMatchInlineSnapshot(
      `"- content/questions/unit-cost.md:11 → body: a link to "&#x6A;avascript&#x3A;alert(1)" is not allowed ("[inputs](&#x6A;avascript&#x3A;alert(1))"): links may only start with https:, http: or mailto:, or be a path on this site such as /methodology/"`,
    );
  });

  it('an unknown placeholder', () => {
    expect(
      failingBuild(
        'content/pages/methodology.md',
        '{questions.count|words} yes/no questions',
        '{questions.total} yes/no questions',
      ),
    ).toMatchInlineSnapshot(
      `"- content/pages/methodology.md:89 → body: unknown placeholder {questions.total}: did you mean {questions.count}, {cost.total}, {questions.patterns}? (docs/editing.md lists every placeholder)"`,
    );
  });

  it('a stale literal figure', () => {
    expect(
      failingBuild(
        'content/cost/assumptions.md',
        'come to {cost.total} for year one',
        'come to $410,000 – $925,000 for year one',
      ),
    ).toMatchInlineSnapshot(`
        "- content/cost/assumptions.md:58 → body: "$410,000" is written out: use {cost.total.low} (or {cost.total} for the whole range) instead of the figure
        - content/cost/assumptions.md:58 → body: "$925,000" is written out: use {cost.total.high} (or {cost.total} for the whole range) instead of the figure"
      `);
  });

  it('a stale stage range', () => {
    expect(
      failingBuild(
        'content/stages/distributed-delivery.md',
        '{stage:operating-model-integration} needs {stage:operating-model-integration.rule}.',
        '{stage:operating-model-integration} needs eight or nine Yes answers.',
      ),
    ).toMatchInlineSnapshot(
      `"- content/stages/distributed-delivery.md:32 → body: "eight or nine Yes" is written out: a number of Yes answers from a stage rule: use {stage:operating-model-integration.rule} (the whole rule in words) or {stage:operating-model-integration.minYes}"`,
    );
  });

  it('a question id in prose', () => {
    expect(
      failingBuild(
        'content/stages/selective-production.md',
        'turn {question:evaluation-harness},',
        'turn evaluation-harness,',
      ),
    ).toMatchInlineSnapshot(
      `"- content/stages/selective-production.md:36 → body: "evaluation-harness" is written out: "evaluation-harness" is a question id, which readers never see: use {question:evaluation-harness} for its label ("Evaluation harness in CI")"`,
    );
  });
});
