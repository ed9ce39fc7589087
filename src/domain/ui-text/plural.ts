/** Counting: the numbers themselves. The nouns counted with them are each page's words, in content/pages/. */

import { writtenCount } from './written-numbers';

let wholeNumber: Intl.NumberFormat | undefined;

/** A whole number with thousands separators: "12,345" (Intl only for what is not a safe whole number). */
export const formatCount = (n: number) => writtenCount(n) ?? (wholeNumber ??= new Intl.NumberFormat('en-US')).format(n);
