/**
 * The promise to content editors, end to end: a mistake in content/ data (YAML, a missing field,
 * a range, a rule) fails `astro build` with the file, the line and the field named, and a failed
 * build never leaves a half-written dist/. Slow (a real build per pass of the content check:
 * tests/helpers/failing-build.ts); mistakes in prose: build-failure.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingBuild, problemsIn, type ContentEdit } from '../helpers/failing-build';
import {
  BUILD_TIMEOUT_MS,
  breakFile,
  build,
  copyProject,
  removeCopies,
  writeProjectFile,
} from '../helpers/project-copy';

afterAll(removeCopies);

const BUILD = { timeout: BUILD_TIMEOUT_MS + 30_000 };

describe('astro build with data that does not read', BUILD, () => {
  const edits: ContentEdit[] = [
    { file: 'content/questions/stop-condition.md', from: /^label: .*$/m, to: 'label: Stop condition: written' },
    { file: 'content/stages/further-along.md', from: /^summary: .*\n/m, to: '' },
    { file: 'content/cost/lines/inference.md', from: 'low: 20000', to: 'low: 200000' },
  ];
  let problems = '';
  beforeAll(() => {
    problems = failingBuild(edits);
  }, BUILD.timeout);

  it('an unquoted colon in YAML', () => {
    expect(problemsIn(problems, 'content/questions/stop-condition.md')).toMatchInlineSnapshot(
      `"- content/questions/stop-condition.md:4 → (frontmatter): this value contains a colon followed by a space, which YAML reads as a new field: quote text that contains a colon, e.g. summary: "Note: like this""`,
    );
  });

  it('a missing field', () => {
    expect(problemsIn(problems, 'content/stages/further-along.md')).toMatchInlineSnapshot(
      `"- content/stages/further-along.md:2 → summary: is missing: add it (it should be a one-sentence summary, as text)"`,
    );
  });

  it('low above high on a cost line', () => {
    expect(problemsIn(problems, 'content/cost/lines/inference.md')).toMatchInlineSnapshot(
      `"- content/cost/lines/inference.md:6 → high: is 100000, below low (200000): high is the top of the reference range, so it must be at least low — swap the two figures if they are the wrong way round"`,
    );
  });

  it('names each mistake once, and nothing else', () => {
    expect(problems.split('\n')).toHaveLength(edits.length);
  });
});

describe('astro build with data that disagrees with other files', BUILD, () => {
  it('a stage rule naming an unknown question', () => {
    expect(
      failingBuild([
        {
          file: 'content/stages/experimentation.md',
          from: 'question: production-owner',
          to: 'question: production-ownr',
        },
      ]),
    ).toMatchInlineSnapshot(
      `"- content/stages/experimentation.md:10 → rule.when.0.question: "production-ownr" is not the id of any question in content/questions/: use one of outcome-metric, production-owner, evaluation-harness, security-review, business-sponsorship, stop-condition, unit-cost, on-call-rotation, policy-as-code, outcome-track-record"`,
    );
  });
});

describe('a build that fails part-way', BUILD, () => {
  it('leaves the previous dist/ as it was', () => {
    const dir = copyProject();
    const marker = join(dir, 'dist', 'index.html');
    breakFile(
      dir,
      'src/pages/privacy.astro',
      "const site = await getProsePage('site');",
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
