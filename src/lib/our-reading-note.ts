/**
 * "Our reading" notes in content start "Our reading: …"; where the page shows an "Our reading"
 * tag beside the note, the prefix would say it twice. Returns the note without it, its first
 * letter upper-cased.
 */
export function ourReadingNoteText(note: string): string {
  const text = note.replace(/^\s*our reading\s*:\s*/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
