/**
 * The promise to content editors, end to end: a mistake in content/ fails `astro build` with the
 * file, the line and the field named, and a failed build never leaves a half-written dist/. Slow
 * (a real build per case); the fast tests in content-errors.test.ts cover many more mistakes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUILD_TIMEOUT_MS,
  breakFile,
  build,
  copyProject,
  removeCopies,
  writeProjectFile,
} from '../helpers/project-copy';

afterEach(removeCopies);

/** The problem lines of a failed build ("- file:line → field: message"), in order. */
function problemLines(output: string): string {
  return output
    .split('\n')
    .filter((line) => /^\s*- .+ → /.test(line))
    .map((line) => line.trim())
    .join('\n');
}

function failingBuild(file: string, from: RegExp | string, to: string): string {
  const dir = copyProject();
  breakFile(dir, file, from, to);
  const { status, output } = build(dir);
  expect(status, output).not.toBe(0);
  return problemLines(output);
}

describe('astro build with broken content', { timeout: BUILD_TIMEOUT_MS + 30_000 }, () => {
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
      `"- content/pages/privacy.md:30 → body: a link to "javascript&#58;alert(1)" is not allowed ("[described here](javascript&#58;alert(1))"): links may only start with https:, http: or mailto:, or be a path on this site such as /methodology/"`,
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
      `"- content/pages/methodology.md:24 → body: unknown placeholder {questions.total}: did you mean {questions.count}, {cost.total}, {questions.patterns}? (docs/editing.md lists every placeholder)"`,
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

  it('an unquoted colon in YAML', () => {
    expect(
      failingBuild('content/questions/stop-condition.md', /^label: .*$/m, 'label: Stop condition: written'),
    ).toMatchInlineSnapshot(
      `"- content/questions/stop-condition.md:4 → (frontmatter): this value contains a colon followed by a space, which YAML reads as a new field: quote text that contains a colon, e.g. summary: "Note: like this""`,
    );
  });

  it('a missing field', () => {
    expect(failingBuild('content/stages/further-along.md', /^summary: .*\n/m, '')).toMatchInlineSnapshot(
      `"- content/stages/further-along.md:2 → summary: is missing: add it (it should be a one-sentence summary, as text)"`,
    );
  });

  it('low above high on a cost line', () => {
    expect(failingBuild('content/cost/lines/inference.md', 'low: 20000', 'low: 200000')).toMatchInlineSnapshot(
      `"- content/cost/lines/inference.md:6 → high: is 100000, below low (200000): high is the top of the reference range, so it must be at least low — swap the two figures if they are the wrong way round"`,
    );
  });

  it('a stage rule naming an unknown question', () => {
    expect(
      failingBuild('content/stages/experimentation.md', 'question: production-owner', 'question: production-ownr'),
    ).toMatchInlineSnapshot(
      `"- content/stages/experimentation.md:10 → rule.when.0.question: "production-ownr" is not the id of any question in content/questions/: use one of outcome-metric, production-owner, evaluation-harness, security-review, business-sponsorship, stop-condition, unit-cost, on-call-rotation, policy-as-code, outcome-track-record"`,
    );
  });

  it('a build that fails part-way leaves the previous dist/ as it was', () => {
    const dir = copyProject();
    const marker = join(dir, 'dist', 'index.html');
    breakFile(
      dir,
      'src/pages/privacy.astro',
      "const page = await getProsePage('privacy');",
      "throw new Error('privacy page broke');",
    );
    // A previous, complete build: the failed one must not touch it.
    writeProjectFile(dir, 'dist/index.html', '<!doctype html><title>previous build</title>');
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('privacy page broke');
    expect(readFileSync(marker, 'utf8')).toBe('<!doctype html><title>previous build</title>');
    expect(existsSync(join(dir, 'dist', 'methodology'))).toBe(false);
  });
});
