/**
 * Building a broken copy of the project and reading what the build said: shared by the
 * build-failure tests. The content check reports every mistake of a pass at once (content-check.ts:
 * first YAML, schemas and Markdown rules; then the rules across files; then placeholders), so
 * one build carries every mistake of one pass, in separate files, and each case reads its own
 * file's lines: a real build per pass instead of one per mistake.
 */
import { expect } from 'vitest';
import { breakFile, build, copyProject } from './project-copy';

/** One change to one file of the copy: `from` (which the file must contain) becomes `to`. */
export interface ContentEdit {
  file: string;
  from: RegExp | string;
  to: string;
}

/** The problem lines of a failed build ("- file:line → field: message"), in order. */
export function problemLines(output: string): string {
  return output
    .split('\n')
    .filter((line) => /^\s*- .+ → /.test(line))
    .map((line) => line.trim())
    .join('\n');
}

/** Copies the project, makes every edit, builds, expects failure, returns the problem lines. */
export function failingBuild(edits: readonly ContentEdit[]): string {
  const dir = copyProject();
  for (const { file, from, to } of edits) breakFile(dir, file, from, to);
  const { status, output } = build(dir);
  expect(status, output).not.toBe(0);
  return problemLines(output);
}

/** The problem lines that name `file`. */
export function problemsIn(lines: string, file: string): string {
  return lines
    .split('\n')
    .filter((line) => line.startsWith(`- ${file}:`))
    .join('\n');
}
