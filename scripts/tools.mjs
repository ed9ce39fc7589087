// @ts-check
// The command-line tools the tests need besides Node and Chromium — Poppler's pdftotext, pdfinfo
// and pdffonts, which read the PDFs back — found the same way everywhere, with a message that says how to install a
// missing one instead of a bare ENOENT.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * An Error naming a missing tool and how to install it.
 * @param {string} name
 * @param {{ debian: string, macos: string, other?: string }} how
 */
export function missingTool(name, how) {
  return new Error(
    [
      `${name} was not found. The end-to-end and PDF tests need it.`,
      `  Debian/Ubuntu: ${how.debian}`,
      `  macOS (Homebrew): ${how.macos}`,
      ...(how.other ? [`  ${how.other}`] : []),
    ].join('\n'),
  );
}

/**
 * A Poppler tool (pdftotext, pdfinfo, pdffonts): POPPLER_BIN/<name> if that folder is set, else the first
 * <name> on PATH, else Homebrew's usual folders.
 * @param {'pdftotext' | 'pdfinfo' | 'pdffonts'} name
 * @returns {string}
 */
export function popplerTool(name) {
  const dirs = [
    ...(process.env.POPPLER_BIN ? [process.env.POPPLER_BIN] : []),
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    '/opt/homebrew/bin',
    '/usr/local/bin',
  ];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  throw missingTool(name, {
    debian: 'sudo apt-get install -y poppler-utils',
    macos: 'brew install poppler',
    other: 'or set POPPLER_BIN to the folder that holds it',
  });
}
