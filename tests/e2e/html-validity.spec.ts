// Every built page is valid HTML by the W3C Nu HTML Checker (npm `vnu-jar`, run with the machine's
// Java). One checker run over all pages: starting the JVM costs more than checking them.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from './fixtures';
import { DIST } from './routes';

const require = createRequire(import.meta.url);
const VNU_JAR = path.join(path.dirname(require.resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
const JAVA = process.env.JAVA ?? 'java';
const JVM_OPTIONS = ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('the W3C Nu HTML Checker finds no error on any built page', () => {
  test.setTimeout(90_000);
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(DIST, file));
  expect(pages.length, 'built pages in dist/ (run `npm run build` first)').toBeGreaterThan(10);

  let report: string;
  try {
    // --errors-only: warnings (e.g. vnu's own reading of our CSP against file: URLs) are not failures.
    // The checker exits non-zero when it finds errors; its JSON report is on stderr either way.
    // One short run: the JVM's quick compiler alone and one GC thread halve the checker's CPU time
    // (7.4 → 3.4 s), which the rest of `npm test` shares; quick-compiled frames are larger, so the
    // schema's deep recursion needs a bigger stack than the default 1 MB.
    execFileSync(JAVA, [...JVM_OPTIONS, '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...pages], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    report = '{"messages":[]}';
  } catch (error) {
    const { stderr, status } = error as { stderr?: string; status?: number };
    if (!stderr?.trim().startsWith('{'))
      throw new Error(`vnu did not run (exit ${status}): ${stderr ?? error}`, { cause: error });
    report = stderr;
  }
  const messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;
  const readable = messages.map(
    (m) => `${path.relative(DIST, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`,
  );
  expect(readable).toEqual([]);
});
