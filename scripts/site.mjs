// @ts-check
// Helpers shared by bench.mjs, lighthouse.mjs and test-all.mjs: where things are, which pages the
// build has, and an `astro preview` server that is always stopped again.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listHtmlFiles } from './security-headers.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const ASTRO_BIN = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** @returns {import('./budgets.json')} */
export function readBudgets() {
  return JSON.parse(readFileSync(path.join(ROOT, 'scripts', 'budgets.json'), 'utf8'));
}

/**
 * Every built page as { route, file }: `dist/x/index.html` is `/x/`, other HTML files keep their
 * name (`/404.html`).
 * @returns {{ route: string, file: string }[]}
 */
export function builtPages() {
  return listHtmlFiles(DIST)
    .map((rel) => {
      const posix = rel.split(path.sep).join('/');
      const route =
        posix === 'index.html' ? '/' : posix.endsWith('/index.html') ? `/${posix.slice(0, -10)}` : `/${posix}`;
      return { route, file: path.join(DIST, rel) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * Whether a route matches a budget pattern: exact, or ending in `*` for "this and anything below"
 * (`/stages/*` matches `/stages/` and `/stages/x/`).
 * @param {string} route
 * @param {string} pattern
 */
export function routeMatches(route, pattern) {
  return pattern.endsWith('*') ? route.startsWith(pattern.slice(0, -1)) : route === pattern;
}

/** A TCP port nobody is listening on right now. */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(port));
      });
    })
  );
}

/**
 * Starts `astro preview` of dist/ on 127.0.0.1 and resolves once it answers.
 * @param {{ port?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startPreview(options = {}) {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ has no index.html: build first');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  // --ignore-lock: Astro 7 tracks one `astro preview` per project and refuses a second one; ours is
  // private to this run and must not collide with a developer's own preview.
  const child = spawn(
    process.execPath,
    [ASTRO_BIN, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/`);
      await response.arrayBuffer();
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${url} within ${options.timeoutMs ?? 60_000} ms`);
}

/**
 * Runs a command; resolves with its exit code and wall time. Output is streamed, or with `logFile`
 * written to that file (stdout and stderr together, in order).
 * @param {string} command
 * @param {string[]} args
 * With `niceness` (1–19) the command runs at that lower CPU priority, and so does every process
 * and thread it starts.
 * @param {{ env?: NodeJS.ProcessEnv, logFile?: string, niceness?: number }} [options]
 * @returns {Promise<{ code: number, seconds: number }>}
 */
export function run(command, args, options = {}) {
  const started = performance.now();
  const log = options.logFile ? openSync(options.logFile, 'w') : null;
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: log === null ? 'inherit' : ['ignore', log, log],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    });
    if (options.niceness && child.pid !== undefined) {
      try {
        os.setPriority(child.pid, options.niceness);
      } catch {
        // Not allowed here: the command runs at normal priority, only the wall time differs.
      }
    }
    let finished = false;
    // 'error' (the command could not start) and 'exit' can both fire; answer once.
    const finish = (/** @type {number} */ code) => {
      if (finished) return;
      finished = true;
      if (log !== null) closeSync(log);
      resolve({ code, seconds: (performance.now() - started) / 1000 });
    };
    child.once('error', (error) => {
      console.error(`${command}: ${error.message}`);
      finish(127);
    });
    child.once('exit', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/** `astro build`, timed. */
export function astroBuild() {
  return run(process.execPath, [ASTRO_BIN, 'build']);
}
