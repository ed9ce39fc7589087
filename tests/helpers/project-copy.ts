/**
 * Throwaway copies of the project for tests that run a real `astro build` with something changed
 * (content, environment). node_modules is a folder of per-package symlinks rather than one
 * symlink, so Vite's and Astro's caches (node_modules/.vite, .astro) are written in the copy and
 * never disturb the real project's — or an `astro check` running beside the test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
export const BUILD_TIMEOUT_MS = 120_000;

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

/** A copy of the project in a new temporary folder; remove it with `removeCopy`. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-build-'));
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** `astro build` in `dir`, with extra environment variables; colour off so messages match. */
export function buildCopy(dir: string, env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
