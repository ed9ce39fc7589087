/**
 * Numbers and names in prose come from data: editors write `{cost.total}`, `{questions.count}`,
 * `{stage:distributed-delivery.rule}` or `{question:policy-as-code}` and the build fills them in,
 * so a changed figure can never leave a stale copy behind. Pure but for the stage rules' words and
 * the numbers in words, which it reads from content/pages/assessment.md and content/pages/site.md
 * unless given them.
 *
 * Also finds the opposite mistake — a figure, count or question id typed out literally where a
 * placeholder exists — so the build can refuse it and name the placeholder to use instead.
 */
import type { SiteContent } from '../domain/content-types';
import { defaultCostInputs, estimateCost } from '../domain/cost';
import { formatMoney, formatMoneyRange } from '../domain/format';
import { describeRule } from '../domain/describe-rule';
import { formatCount } from '../domain/ui-text';
import type { RuleText } from '../schemas/page-wording';
import { numberWordsFromFile } from './number-words';
import { ruleTextFromFile } from './rule-text';

/** `{name}` or `{name|words}`; names are letters, digits, `.`, `:` and `-`. */
const PLACEHOLDER = /\{([a-z][a-z0-9.:-]*)(?:\|([a-z]+))?\}/gi;

/**
 * A placeholder's value; `count` is set for whole numbers, and `words` is the number in words
 * (site.md's `number-words`) where it has them, for `{…|words}`.
 */
export interface PlaceholderValue {
  text: string;
  count?: number;
  words?: string;
}

export type PlaceholderValues = ReadonlyMap<string, PlaceholderValue>;

const usd = (amount: number) => formatMoney(amount, 'USD');

/**
 * Every placeholder the content may use, with its value for this content. `ruleText` words the
 * stage rules (`{stage:<id>.rule}`): by default content/pages/assessment.md's, read at build.
 * `numberWords` are the numbers from 0 in words, for `{…|words}`: by default site.md's.
 */
export function placeholderValues(
  content: SiteContent,
  ruleText: RuleText = ruleTextFromFile(),
  numberWords: readonly string[] = numberWordsFromFile(),
): PlaceholderValues {
  const countValue = (count: number): PlaceholderValue => {
    const words = numberWords[count];
    return { text: formatCount(count), count, ...(words === undefined ? {} : { words }) };
  };
  const values = new Map<string, PlaceholderValue>();
  const set = (name: string, value: PlaceholderValue | string) =>
    values.set(name, typeof value === 'string' ? { text: value } : value);
  const estimate = estimateCost(content, defaultCostInputs(content));
  const { buildShareReference } = content.assumptions;

  set('questions.count', countValue(content.questions.length));
  set('questions.patterns', countValue(2 ** content.questions.length));
  set('stages.count', countValue(content.stages.length));
  set('cost.lines.count', countValue(content.costLines.length));
  // The protected lines' labels as a list ("A and B"): prose that names them follows the data.
  set(
    'cost.lines.protected',
    new Intl.ListFormat('en', { type: 'conjunction' }).format(
      content.costLines.filter((line) => line.protected).map((line) => line.label),
    ),
  );
  set('cost.total', formatMoneyRange(estimate.total.low, estimate.total.high, 'USD'));
  set('cost.total.low', usd(estimate.total.low));
  set('cost.total.high', usd(estimate.total.high));
  set('cost.total.midpoint', usd(estimate.total.midpoint));
  set('cost.buildShare', `${buildShareReference.lowPercent}\u2013${buildShareReference.highPercent}%`);
  for (const question of content.questions) {
    set(`question:${question.id}`, question.label);
    set(`question:${question.id}.text`, question.text);
    set(`question:${question.id}.order`, countValue(question.order));
  }
  for (const stage of content.stages) {
    set(`stage:${stage.id}`, stage.name);
    set(`stage:${stage.id}.rule`, describeRule(stage.rule, content.questions, ruleText));
    set(`stage:${stage.id}.minYes`, countValue(stage.rule.minYes));
    set(`stage:${stage.id}.maxYes`, countValue(stage.rule.maxYes));
  }
  for (const line of content.costLines) {
    set(`line:${line.id}`, line.label);
    set(`line:${line.id}.range`, formatMoneyRange(line.low, line.high, 'USD'));
    set(`line:${line.id}.low`, usd(line.low));
    set(`line:${line.id}.high`, usd(line.high));
  }
  return values;
}

/** A problem in one piece of prose, at a 1-based line of that prose. */
export interface ProseProblem {
  line: number;
  message: string;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

function formatValue(value: PlaceholderValue, format: string | undefined): string | null {
  if (format === undefined) return value.text;
  if (format !== 'words' && format !== 'Words') return null;
  // Whole numbers beyond the words site.md lists, and values that are not counts, stay as they are.
  const word = value.words;
  if (word === undefined) return value.text;
  return format === 'Words' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Replaces every placeholder; unknown ones are reported (with the nearest known names) and left as written. */
export function resolvePlaceholders(
  text: string,
  values: PlaceholderValues,
): { text: string; problems: ProseProblem[] } {
  const problems: ProseProblem[] = [];
  const resolved = text.replace(PLACEHOLDER, (whole, name: string, format: string | undefined, index: number) => {
    const value = values.get(name);
    if (!value) {
      problems.push({ line: lineAt(text, index), message: `unknown placeholder ${whole}: ${suggest(name, values)}` });
      return whole;
    }
    const formatted = formatValue(value, format);
    if (formatted === null) {
      problems.push({
        line: lineAt(text, index),
        message: `unknown format "|${format}" in ${whole}: the only format is |words (or |Words at the start of a sentence), for whole numbers`,
      });
      return whole;
    }
    return formatted;
  });
  return { text: resolved, problems };
}

/**
 * The values plus a field's slots, each standing for itself: resolving keeps `{stage}` as written
 * for the browser to fill (src/domain/fill-slots.ts), and a slot the field does not have is an
 * unknown placeholder like any other.
 */
export function withSlots(values: PlaceholderValues, slots: readonly string[]): PlaceholderValues {
  if (slots.length === 0) return values;
  return new Map([...values, ...slots.map((slot) => [slot, { text: `{${slot}}` }] as const)]);
}

/** Edit distance, to suggest the placeholder an editor probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function suggest(name: string, values: PlaceholderValues): string {
  const near = [...values.keys()]
    .map((key) => ({ key, d: distance(name, key) }))
    .sort((a, b) => a.d - b.d || a.key.localeCompare(b.key))
    .slice(0, 3)
    .map(({ key }) => `{${key}}`);
  return `did you mean ${near.join(', ')}? (docs/editing.md lists every placeholder)`;
}

/** Text with every placeholder blanked out (same length, so positions and lines still match). */
function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (whole) => ' '.repeat(whole.length));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digits or words for a whole number, as a regex alternative: "10|ten". */
function numberPattern(count: number, numberWords: readonly string[]): string {
  const word = numberWords[count];
  return word ? `${count}|${escapeRegExp(word)}` : `${formatCount(count)}|${count}`;
}

interface LiteralRule {
  pattern: RegExp;
  /** What the literal is, and which placeholder to write instead. */
  hint: (match: RegExpExecArray) => string | null;
}

/** Money written as "$410,000" or "410000" (not part of a longer number). */
function moneyPattern(amount: number): string {
  return `(?<![\\d,.])(?:\\$\\s?${escapeRegExp(formatCount(amount))}|${amount})(?![\\d,])`;
}

function literalRules(content: SiteContent, values: PlaceholderValues, numberWords: readonly string[]): LiteralRule[] {
  const rules: LiteralRule[] = [];
  const placeholderFor = (name: string) => `{${name}}`;
  const countRule = (name: string, nouns: string) => {
    const count = values.get(name)?.count;
    if (count === undefined) return;
    rules.push({
      pattern: new RegExp(
        `\\b(?:${numberPattern(count, numberWords)})(?:[\\s-]+(?:yes/no|diagnostic))?[\\s-]+(?:${nouns})\\b`,
        'gi',
      ),
      hint: () => `use ${placeholderFor(name)} (or {${name}|words}) instead of the number`,
    });
  };
  countRule('questions.count', 'questions?');
  countRule('stages.count', 'stages?');
  countRule('cost.lines.count', 'line[\\s-]items?|cost lines?');
  const patterns = values.get('questions.patterns')?.count;
  if (patterns !== undefined && patterns >= 1000) {
    rules.push({
      pattern: new RegExp(moneyPattern(patterns).replace('\\$\\s?', ''), 'g'),
      hint: () => 'use {questions.patterns} (the number of possible answer patterns) instead of the number',
    });
  }

  const money = new Map<number, string>();
  const estimate = estimateCost(content, defaultCostInputs(content));
  money.set(estimate.total.low, 'cost.total.low');
  money.set(estimate.total.high, 'cost.total.high');
  money.set(estimate.total.midpoint, 'cost.total.midpoint');
  for (const line of content.costLines) {
    if (!money.has(line.low)) money.set(line.low, `line:${line.id}.low`);
    if (!money.has(line.high)) money.set(line.high, `line:${line.id}.high`);
  }
  for (const [amount, name] of money) {
    if (amount < 1000) continue;
    rules.push({
      pattern: new RegExp(moneyPattern(amount), 'g'),
      hint: () =>
        `use ${placeholderFor(name)}${name.startsWith('cost.total') ? ' (or {cost.total} for the whole range)' : ''} instead of the figure`,
    });
  }

  const { lowPercent, highPercent } = content.assumptions.buildShareReference;
  rules.push({
    pattern: new RegExp(`\\b${lowPercent}\\s*(?:%\\s*)?(?:\u2013|-|to)\\s*${highPercent}\\s*(?:%|per ?cent)`, 'g'),
    hint: () => 'use {cost.buildShare} instead of the figure',
  });

  // "eight or nine Yes answers", "five or more Yes", "Ten Yes answers": a stage's range, typed out.
  const words = numberWords.slice(0, content.questions.length + 1);
  const yesNumber = [...words, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].map(escapeRegExp).join('|');
  rules.push({
    // Case-sensitive "Yes" (the answer), not "yes/no".
    pattern: new RegExp(
      `\\b(\\d+|${yesNumber})(?:\\s*(?:or|to|and|\u2013|-)\\s*(?:\\d+|${yesNumber}))?(?:\\s+or\\s+(?:more|fewer))?\\s+Yes\\b(?!/)`,
      'g',
    ),
    hint: (match) => {
      const first = match[1]?.toLowerCase() ?? '';
      const count = /^\d+$/.test(first) ? Number(first) : numberWords.indexOf(first);
      const stage =
        content.stages.find((s) => s.rule.minYes === count) ?? content.stages.find((s) => s.rule.maxYes === count);
      if (!stage) return null;
      const end = stage.rule.minYes === count ? 'minYes' : 'maxYes';
      return `a number of Yes answers from a stage rule: use {stage:${stage.id}.rule} (the whole rule in words) or {stage:${stage.id}.${end}}`;
    },
  });

  // Question ids are for frontmatter; in prose a reader sees the label. An id that reads the same
  // as its label ("policy-as-code") is ordinary prose and allowed.
  for (const question of content.questions) {
    if (!question.id.includes('-') || question.id.toLowerCase() === question.label.toLowerCase()) continue;
    rules.push({
      pattern: new RegExp(`(?<![\\w/#-])${escapeRegExp(question.id)}(?![\\w-])`, 'g'),
      hint: () =>
        `"${question.id}" is a question id, which readers never see: use {question:${question.id}} for its label ("${question.label}")`,
    });
  }
  return rules;
}

/** Cached per content object and list of number words: the rules depend only on the data. */
const rulesCache = new WeakMap<SiteContent, { numberWords: readonly string[]; rules: LiteralRule[] }>();

/**
 * Figures, counts, Yes ranges and question ids written literally where a placeholder exists; a
 * count may be typed out in figures or in `numberWords` (by default site.md's).
 */
export function findStaleLiterals(
  text: string,
  content: SiteContent,
  values: PlaceholderValues,
  numberWords: readonly string[] = numberWordsFromFile(),
): ProseProblem[] {
  let cached = rulesCache.get(content);
  if (cached?.numberWords !== numberWords) {
    cached = { numberWords, rules: literalRules(content, values, numberWords) };
    rulesCache.set(content, cached);
  }
  const { rules } = cached;
  const prose = withoutPlaceholders(text);
  const problems: ProseProblem[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(prose); match; match = rule.pattern.exec(prose)) {
      const hint = rule.hint(match);
      if (hint) problems.push({ line: lineAt(prose, match.index), message: `"${match[0]}" is written out: ${hint}` });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
