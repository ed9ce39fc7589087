/** Counting: the numbers themselves. The nouns counted with them are each page's words, in content/pages/. */

const wholeNumber = new Intl.NumberFormat('en-US');

/** A whole number with thousands separators: "12,345". */
export const formatCount = (n: number) => wholeNumber.format(n);
