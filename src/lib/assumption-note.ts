/**
 * Assumption notes in content start "Assumption: …"; where the page already shows an
 * "Assumption" label beside the figure, the prefix would say it twice.
 */
export function withoutAssumptionPrefix(note: string): string {
  return note.replace(/^\s*assumption\s*:\s*/i, '');
}

/** Upper-cases the first letter, for a note that used to follow "Assumption: ". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
