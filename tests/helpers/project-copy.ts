/**
 * Throwaway copies of the project for tests that run a real `astro build` with something changed
 * (content, environment). node_modules is a folder of per-package symlinks rather than one
 * symlink, so Vite's and Astro's caches (node_modules/.vite, .astro) are written in the copy and
 * never disturb the real project's — or an `astro check` running beside the test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { builtHtmlFiles } from './built-site';
import { patience } from './patience';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
// A ceiling against a hung build, not a check: a build beside the rest of `npm test` on a machine
// busy with two other test runs once took over five minutes, and beside `npm test` with another
// `astro build` looping at normal priority one took over nine (an idle build takes 8 s). Under
// `npm test` the patience (tests/helpers/patience.ts, 15 minutes) applies.
export const BUILD_TIMEOUT_MS = patience(600_000);

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

let copies: string[] = [];

/** Removes every copy made since the last call (use as `afterEach(removeCopies)`). */
export function removeCopies(): void {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
}

/** A copy of the project in a new temporary folder, removed by the next `removeCopies()`. */
export function copyProject(): string {
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

/** Replaces `from` in one file of the copy, failing loudly if the file no longer contains it. */
export function breakFile(dir: string, file: string, from: RegExp | string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const broken = text.replace(from, to);
  expect(broken, `${file} should contain ${String(from)} for this test to change it`).not.toBe(text);
  writeFileSync(path, broken);
}

/** Writes a file into the copy, creating its folder. */
export function writeProjectFile(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** `astro build` in `dir`, with extra environment variables; colour off so messages match. */
export function build(dir: string, env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    // CI=true makes Astro colour its output; colour codes inside "order: should…" would break the matches.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every built HTML page of the copy, by path under dist/. */
export function builtPages(dir: string): Map<string, string> {
  return builtHtmlFiles(join(dir, 'dist'));
}
