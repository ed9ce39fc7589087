/**
 * Quotation marks in content: the site's prose uses ’ for an apostrophe and “ ” around a
 * quotation, and a straight one typed by habit is found here with its line, so pages never mix the
 * two (the PDF's font has both). Link addresses, HTML tags and frontmatter comments are not prose.
 */
export interface TypographyProblem {
  /** 1-based line in the file. */
  line: number;
  /** The frontmatter key on that line, or "body". */
  field: string;
  message: string;
}

/** An apostrophe inside a word: "someone's", "don't". */
const STRAIGHT_APOSTROPHE = /[A-Za-z]+'[a-z]+/g;
const FRONTMATTER_KEY = /^\s*(?:- )?([\w-]+):/;

/**
 * What is not prose on a line: link addresses (`](…)`, `<https://…>`), bare URLs and HTML tags
 * (raw HTML is refused by its own rule; its attributes' quotes are not quotations).
 */
function withoutAddresses(line: string): string {
  return line
    .replace(/\]\([^)]*\)/g, ']()')
    .replace(/<[^<>]*>/g, '')
    .replace(/\bhttps?:\/\/\S+/g, '');
}

const pairs = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

/**
 * The quotations a line holds between straight double quotes. In the frontmatter, a value in
 * double quotes can hold a quotation only escaped (\"…\"); its own delimiters are not one.
 */
function quotations(line: string, inFrontmatter: boolean): string[] {
  if (!inFrontmatter) return pairs(line, /"([^"\n]{1,80})"/g);
  const value = /^\s*(?:-\s+)?(?:[\w-]+:\s*)?(.*)$/.exec(line)?.[1] ?? '';
  return value.startsWith('"') ? pairs(value, /\\"([^"\\]{1,80})\\"/g) : pairs(value, /"([^"\n]{1,80})"/g);
}

/**
 * Every straight quote in a content file. `bodyLine` is the file's first line after the
 * frontmatter's closing `---` (content-check.ts finds it): lines above it, but for the delimiters,
 * are YAML.
 */
export function findStraightQuotes(fileText: string, bodyLine: number): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  let field = 'body';
  fileText.split('\n').forEach((raw, index) => {
    const inFrontmatter = index + 1 < bodyLine;
    if (inFrontmatter) {
      if (index === 0 || index + 2 === bodyLine || /^\s*#/.test(raw)) return;
      field = FRONTMATTER_KEY.exec(raw)?.[1] ?? field;
    } else {
      field = 'body';
    }
    const line = withoutAddresses(raw);
    for (const word of line.match(STRAIGHT_APOSTROPHE) ?? []) {
      problems.push({
        line: index + 1,
        field,
        message: `has a straight apostrophe in "${word}": type ’ (right single quotation mark, U+2019) instead`,
      });
    }
    for (const quoted of quotations(line, inFrontmatter)) {
      problems.push({
        line: index + 1,
        field,
        message: `has straight quotation marks around "${quoted}": type “ and ” (U+201C, U+201D) instead`,
      });
    }
  });
  return problems;
}
