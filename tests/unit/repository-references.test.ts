/**
 * The repository explains itself: what a newcomer reads — README.md, CONTRIBUTING.md, docs/ and the
 * comments in src/ and scripts/ — never sends them to a file they do not have. A Markdown link
 * must point at a file in this repository (or an anchor), and no text may cite a path above the
 * repository root or a design document that lives elsewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [dir];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .sort();
}

const markdownFiles = ['README.md', 'CONTRIBUTING.md', ...filesUnder('docs', /\.md$/)].filter((file) =>
  existsSync(join(ROOT, file)),
);
const sourceFiles = [
  ...filesUnder('src', /\.(ts|tsx|astro|css|mjs)$/),
  ...filesUnder('scripts', /\.(mjs|ts|sh|json)$/),
  ...filesUnder('tests', /\.(ts|mjs)$/),
  'astro.config.mjs',
  'security-policy.mjs',
  'playwright.config.ts',
  'vitest.config.ts',
  'eslint.config.js',
  '.ci/run',
];

/** Text that points outside the repository, with why it is wrong. */
const OUTSIDE = [
  { pattern: /\.\.\/shared\b/, why: 'a folder outside the repository' },
  { pattern: /\bDESIGN(\.md)?\s*§/, why: 'a design section a newcomer cannot open' },
  { pattern: /\bDESIGN\.md\b/, why: 'a design file outside the repository (the design is docs/architecture.md)' },
  { pattern: /\b(issue|task)\s*#?\d+/i, why: 'an issue number; say the reason instead' },
];

function outsideReferences(file: string): string[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const found: string[] = [];
  lines.forEach((line, index) => {
    for (const { pattern, why } of OUTSIDE) {
      // This file must name the patterns it looks for.
      if (file === relative(ROOT, import.meta.filename)) continue;
      if (pattern.test(line)) found.push(`${file}:${index + 1}: ${why}: ${line.trim()}`);
    }
  });
  return found;
}

/** Markdown link targets (inline links and reference definitions), without the code blocks. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const definitions = [...prose.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!);
  return [...inline, ...definitions];
}

describe('what a newcomer reads stays inside the repository', () => {
  it('has the documents the README promises', () => {
    for (const file of ['README.md', 'CONTRIBUTING.md', 'docs/architecture.md', 'docs/deploying.md'])
      expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it.each(markdownFiles)('%s links only to files in the repository', (file) => {
    const broken: string[] = [];
    for (const target of linkTargets(readFileSync(join(ROOT, file), 'utf8'))) {
      if (target.startsWith('#')) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        broken.push(`${target}: a link out of the repository`);
        continue;
      }
      const path = resolve(dirname(join(ROOT, file)), decodeURIComponent(target.split('#')[0]!));
      if (!path.startsWith(ROOT + '/') && path !== ROOT) broken.push(`${target}: above the repository root`);
      else if (!existsSync(path)) broken.push(`${target}: no such file`);
    }
    expect(broken).toEqual([]);
  });

  it('no document, comment or script cites a path or design section outside the repository', () => {
    const found = [...markdownFiles, ...sourceFiles]
      .filter((f) => existsSync(join(ROOT, f)))
      .flatMap(outsideReferences);
    expect(found, found.join('\n')).toEqual([]);
  });
});
