/** Small whole numbers as words, as prose writes them ("ten questions"). */
export const NUMBER_WORDS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** A count in words up to twenty, in figures beyond: countInWords(10) → "ten", (21) → "21". */
export function countInWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}
