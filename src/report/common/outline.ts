/**
 * An entry in the PDF's outline (the bookmarks pane). react-pdf 4.9 lays out and writes a
 * `bookmark` on any element, but its TypeScript types declare the prop on <Page> only, so views
 * spread it in through this one typed-loose helper.
 */
export function outline(title: string): object {
  return { bookmark: { title, fit: true, expanded: true } };
}
