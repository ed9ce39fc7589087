/**
 * The inline script /assessment/ carries so an answer clicked before hydration is stored at once
 * (src/components/assessment/early-answers.inline.js), with its configuration filled in and the
 * hash the page's Content-Security-Policy must allow for it. Build time only.
 */
import { createHash } from 'node:crypto';
import source from '../components/assessment/early-answers.inline.js?raw';
import { STORAGE_KEYS } from '../consts';
import { MAX_STORED_ASSESSMENT_LENGTH, STORED_ASSESSMENT_VERSION } from '../domain/assessment-state';
import type { Id } from '../domain/content-types';

export interface InlineScript {
  text: string;
  /** `sha256-…`, for script-src. */
  hash: `sha256-${string}`;
}

export function earlyAnswersScript(questionIds: readonly Id[]): InlineScript {
  const config = {
    key: STORAGE_KEYS.answers.key,
    version: STORED_ASSESSMENT_VERSION,
    maxLength: MAX_STORED_ASSESSMENT_LENGTH,
    ids: questionIds,
  };
  // JSON inside a <script>: "<" escaped so no id or key could ever close the element.
  const text = `${withoutComments(source)}\nkeepEarlyAnswers(${JSON.stringify(config).replace(/</g, '\\u003c')});`;
  return { text, hash: `sha256-${createHash('sha256').update(text).digest('base64')}` };
}

/** The file's comments are for its readers, not for every visitor's download. */
function withoutComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\n\s*\n/g, '\n')
    .trim();
}
