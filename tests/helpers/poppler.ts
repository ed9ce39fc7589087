/**
 * Runs one of Poppler's tools (pdftotext, pdfinfo, pdffonts) on a PDF, found the way every script
 * finds it (scripts/tools.mjs: POPPLER_BIN, PATH, Homebrew), so a missing tool fails with how to
 * install it rather than a bare ENOENT.
 */
import { execFileSync } from 'node:child_process';
import { popplerTool } from '../../scripts/tools.mjs';

export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', args: readonly string[]): string {
  return execFileSync(popplerTool(tool), args, { encoding: 'utf8' });
}
