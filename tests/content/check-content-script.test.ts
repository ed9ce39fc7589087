/** `npm run check:content`: the same checks as the build, from the command line, without building. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/load-content';
import { patience } from '../helpers/patience';

function checkContent(folder?: string) {
  const result = spawnSync(process.execPath, ['scripts/check-content.mjs', ...(folder ? [folder] : [])], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: patience(60_000),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/check-content.mjs', { timeout: patience(90_000) }, () => {
  it('passes the real content', () => {
    const { status, stdout } = checkContent();
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Content OK: every file in content\/ passes every rule/);
  });

  it('fails a broken folder with file:line → field and exit code 1', () => {
    const { status, stderr } = checkContent(join('tests', 'content', 'fixtures', 'missing-first-step'));
    expect(status).toBe(1);
    expect(stderr).toContain(
      '- tests/content/fixtures/missing-first-step/questions/outcome-metric.md:8 → body: has no "## First step" section',
    );
  });
});
