/** Placeholders against the real content: what each resolves to, and what counts as a stale literal. */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../helpers/load-content';
import { findStaleLiterals, placeholderValues, resolvePlaceholders } from '../../src/lib/placeholders';
import { numberWordsFromFile } from '../../src/lib/number-words';
import { ruleTextFromFile } from '../../src/lib/rule-text';

const content = loadSiteContent();
const values = placeholderValues(content);
const resolve = (text: string) => resolvePlaceholders(text, values);
const stale = (text: string) => findStaleLiterals(text, content, values).map((p) => p.message);

describe('resolving', () => {
  it.each([
    ['{questions.count}', '10'],
    ['{questions.count|words}', 'ten'],
    ['{questions.count|Words}', 'Ten'],
    ['{questions.patterns}', '1,024'],
    ['{stages.count|words}', 'five'],
    ['{cost.lines.count}', '7'],
    ['{cost.total}', '$410,000 \u2013 $925,000'],
    ['{cost.total.midpoint}', '$667,500'],
    ['{cost.buildShare}', '40\u201360%'],
    ['{line:scoping-engagement.range}', '$25,000 \u2013 $75,000'],
    ['{question:policy-as-code}', 'Policy-as-code'],
    ['{question:production-owner.order}', '2'],
    ['{stage:distributed-delivery}', 'Distributed delivery'],
    ['{stage:distributed-delivery.rule}', '5\u20137 Yes'],
    ['{stage:selective-production.rule}', '0\u20134 Yes, and \u201cProduction owner\u201d is Yes'],
    ['{stage:operating-model-integration.minYes|words}', 'eight'],
  ])('%s → %s', (placeholder, expected) => {
    expect(resolve(placeholder)).toEqual({ text: expected, problems: [] });
  });

  it('reports an unknown placeholder and a format it does not know, on their lines', () => {
    expect(resolve('one\n{stage:nowhere.rule}\n{questions.count|roman}').problems).toEqual([
      { line: 2, message: expect.stringContaining('unknown placeholder {stage:nowhere.rule}') },
      { line: 3, message: expect.stringContaining('unknown format "|roman"') },
    ]);
  });

  it('leaves braces that are not placeholders alone', () => {
    expect(resolve('A set {1, 2} and {} stay.')).toEqual({ text: 'A set {1, 2} and {} stay.', problems: [] });
  });
});

describe('stale literals', () => {
  it.each([
    ['ten yes/no questions'],
    ['All 10 questions'],
    ['a five-stage ladder'],
    ['seven line items'],
    ['1,024 patterns'],
    ['$410,000'],
    ['410000 dollars'],
    ['40–60% of year one'],
    ['needs eight or nine Yes answers'],
    ['Five or more Yes'],
    ['turn unit-cost to Yes'],
  ])('flags %j', (text) => {
    expect(stale(text)).toHaveLength(1);
  });

  it.each([
    ['{questions.count|words} yes/no questions'],
    ['policy-as-code is a practice'],
    ['one more Yes'],
    ['a golden set of 100–500 cases and 50 or more probes'],
    ['$0.42 per resolved ticket'],
    ['the three most recent programmes'],
    ['a link to /methodology/#question-unit-cost'],
  ])('does not flag %j', (text) => {
    expect(stale(text)).toEqual([]);
  });
});

describe('numbers in words come from content/pages/site.md (number-words)', () => {
  const words = numberWordsFromFile();
  // Another language's words, as an editor might write them: {…|words} and the stale-literal
  // check follow the list, not words typed into the code.
  const dutch = words.map((word, n) => (n === 10 ? 'tien' : n === 5 ? 'vijf' : n === 8 ? 'acht' : word));
  const dutchValues = placeholderValues(content, ruleTextFromFile(), dutch);

  it('are the numbers 0 to 20, in order, from "zero"', () => {
    expect(words).toHaveLength(21);
    expect(resolve('{questions.count|words}').text).toBe(words[content.questions.length]);
  });

  it('word {…|words} and {…|Words}: an edited list changes what the placeholder writes', () => {
    expect(
      resolvePlaceholders('{questions.count|Words} questions, {stages.count|words} stages', dutchValues).text,
    ).toBe('Tien questions, vijf stages');
    expect(resolvePlaceholders('{stage:operating-model-integration.minYes|words}', dutchValues).text).toBe('acht');
  });

  it('leave a count beyond the list in figures, and a value that is not a count as it is', () => {
    const short = placeholderValues(content, ruleTextFromFile(), words.slice(0, 5));
    expect(resolvePlaceholders('{questions.count|words}', short).text).toBe('10');
    expect(resolvePlaceholders('{stage:distributed-delivery|Words}', short).text).toBe('Distributed delivery');
  });

  it('are the words the stale-literal check looks for', () => {
    const staleIn = (text: string) => findStaleLiterals(text, content, dutchValues, dutch).map((p) => p.message);
    expect(staleIn('tien yes/no questions')).toHaveLength(1);
    expect(staleIn('needs acht or more Yes answers')).toHaveLength(1);
    expect(staleIn('ten yes/no questions')).toEqual([]);
    // And the real list again (the rules are cached per content and word list).
    expect(stale('ten yes/no questions')).toHaveLength(1);
  });
});
