/**
 * Building a broken copy of the project and reading what the build said: shared by the
 * build-failure tests, which are split across files so that their builds run side by side.
 */
import { expect } from 'vitest';
import { breakFile, build, copyProject } from './project-copy';

/** The problem lines of a failed build ("- file:line → field: message"), in order. */
export function problemLines(output: string): string {
  return output
    .split('\n')
    .filter((line) => /^\s*- .+ → /.test(line))
    .map((line) => line.trim())
    .join('\n');
}

/** Copies the project, replaces `from` with `to` in `file`, builds, expects failure, returns the problem lines. */
export function failingBuild(file: string, from: RegExp | string, to: string): string {
  const dir = copyProject();
  breakFile(dir, file, from, to);
  const { status, output } = build(dir);
  expect(status, output).not.toBe(0);
  return problemLines(output);
}
