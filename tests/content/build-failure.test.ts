/**
 * The promise to content editors, end to end: a mistake in content/ fails `astro build` with the
 * file and field named. Slow (a real build per case), so it is the only test of its kind; the
 * fast tests in content-errors.test.ts pin the wording.
 *
 * Each case builds a throwaway copy of the project (tests/helpers/project-copy.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, buildCopy, copyProject as copyProjectOnce, removeCopy } from '../helpers/project-copy';

let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) removeCopy(dir);
  copies = [];
});

function copyProject(): string {
  const dir = copyProjectOnce();
  copies.push(dir);
  return dir;
}

/** Replaces `from` in one file of the copy, failing loudly if the content no longer contains it. */
function breakFile(dir: string, file: string, from: RegExp | string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const broken = text.replace(from, to);
  expect(broken, `${file} should contain ${String(from)} for this test to break it`).not.toBe(text);
  writeFileSync(path, broken);
}

describe('astro build with broken content', { timeout: BUILD_TIMEOUT_MS + 30_000 }, () => {
  it('fails on invalid frontmatter, naming the file and the field', () => {
    const dir = copyProject();
    breakFile(dir, 'content/questions/evaluation-harness.md', /^order: \d+$/m, 'order: "three"');
    const { status, output } = buildCopy(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/questions/evaluation-harness.md');
    expect(output).toMatch(/\border: should be a whole number/);
  });

  it('fails on a stage rule naming an unknown question, naming the stage file and rule.when.0.question', () => {
    const dir = copyProject();
    breakFile(dir, 'content/stages/experimentation.md', 'question: production-owner', 'question: production-ownr');
    const { status, output } = buildCopy(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/stages/experimentation.md → rule.when.0.question');
    expect(output).toContain('"production-ownr" is not the id of any question');
  });
});
