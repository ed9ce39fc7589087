/**
 * Assumption notes in content start "Assumption: …"; where the page already shows an
 * "Assumption" label beside the figure, the prefix would say it twice. Returns the note without
 * it, its first letter upper-cased.
 */
export function assumptionNoteText(note: string): string {
  const text = note.replace(/^\s*assumption\s*:\s*/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
