/**
 * The promise to content editors, end to end: a mistake in content/ fails `astro build` with the
 * file and field named. Slow (a real build per case), so it is the only test of its kind; the
 * fast tests in content-errors.test.ts pin the wording.
 *
 * Each case builds a throwaway copy of the project. node_modules is a folder of per-package
 * symlinks rather than one symlink, so Vite's and Astro's caches (node_modules/.vite, .astro) are
 * written in the copy and never disturb the real project's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/load-content';

const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  '.tools',
  '.git',
  '.astro',
  'test-results',
  'playwright-report',
  'reports',
]);
const CACHES = new Set(['.vite', '.vite-temp', '.astro', '.vitest-cache']);
const BUILD_TIMEOUT_MS = 120_000;

let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-build-'));
  copies.push(dir);
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
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

function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    // CI=true makes Astro colour its output; colour codes inside "order: should…" would break the matches.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with broken content', { timeout: BUILD_TIMEOUT_MS + 30_000 }, () => {
  it('fails on invalid frontmatter, naming the file and the field', () => {
    const dir = copyProject();
    breakFile(dir, 'content/questions/evaluation-harness.md', /^order: \d+$/m, 'order: "three"');
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/questions/evaluation-harness.md');
    expect(output).toMatch(/\border: should be a whole number/);
  });

  it('fails on a stage rule naming an unknown question, naming the stage file and rule.when.0.question', () => {
    const dir = copyProject();
    breakFile(dir, 'content/stages/experimentation.md', 'question: production-owner', 'question: production-ownr');
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/stages/experimentation.md → rule.when.0.question');
    expect(output).toContain('"production-ownr" is not the id of any question');
  });
});
