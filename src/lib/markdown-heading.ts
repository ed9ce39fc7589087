/** Whether Markdown opens with a heading (so the page need not add its own above it). Pure. */
export function startsWithHeading(markdown: string): boolean {
  return /^\s*#{1,6}\s/.test(markdown);
}
