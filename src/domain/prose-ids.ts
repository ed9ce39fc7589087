/**
 * Readers see question labels, never ids: prose that names a question by its id
 * ("on-call-rotation") reads as a typo on the site and in the PDF. An id that is just its label
 * written in lower case ("policy-as-code" for "Policy-as-code") is the practice's own name and
 * may appear.
 *
 * Imported at build time by the content checks: plain string work only.
 */
import type { SiteContent } from './content-types';

export interface IdInProse {
  file: string;
  id: string;
  label: string;
  /** The text around it, on one line. */
  excerpt: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place a question id is printed as plain text in questions', stages' and cost lines' prose. */
export function findQuestionIdsInProse(content: Pick<SiteContent, 'questions' | 'stages' | 'costLines'>): IdInProse[] {
  const ids = content.questions.filter((q) => q.id.includes('-') && q.id !== q.label.toLowerCase());
  const texts = [
    ...content.questions.map((q) => ({ file: q.source, text: [q.text, q.why, q.guidance, q.firstStep].join('\n') })),
    ...content.stages.map((s) => ({ file: s.source, text: [s.summary, s.plan].join('\n') })),
    ...content.costLines.map((l) => ({ file: l.source, text: [l.guidance, l.cutWarning ?? ''].join('\n') })),
  ];
  const found: IdInProse[] = [];
  for (const { file, text } of texts) {
    const inText: (IdInProse & { at: number })[] = [];
    for (const q of ids) {
      // Not inside a word, a link target or a placeholder: "(/stages/x/)" and "{question:x}" are fine.
      const pattern = new RegExp(`(?<![\\w/:{#-])${escape(q.id)}(?![\\w/}-])`, 'g');
      for (const match of text.matchAll(pattern)) {
        const start = Math.max(0, match.index - 40);
        const excerpt = text.slice(start, match.index + q.id.length + 40).replace(/\s+/g, ' ');
        inText.push({ file, id: q.id, label: q.label, excerpt, at: match.index });
      }
    }
    found.push(...inText.sort((a, b) => a.at - b.at).map(({ at: _at, ...hit }) => hit));
  }
  return found;
}
