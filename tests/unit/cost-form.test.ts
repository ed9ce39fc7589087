import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costInputProblems } from '../../src/domain/cost';
import {
  countFields,
  currencyFormSchema,
  normaliseNumberText,
  parseRate,
  parseWholeNumber,
  quoteField,
  scenarioFormSchema,
  scenarioFormValues,
  type ScenarioFormContext,
  type ScenarioFormValues,
} from '../../src/domain/cost-form';
import { REMOVABLE, content, inputsArb, nameArb, rateArb } from './cost-arbitraries';
import { convertDollars } from '../../src/domain/currency';
import { loadPageText } from '../helpers/load-content';

// The form's messages, from content/pages/cost.md, as the calculator passes them.
const text = loadPageText('cost');
const COUNT_FIELDS = countFields(text);

const formContext: ScenarioFormContext = {
  lines: content.costLines,
  removableLineIds: REMOVABLE,
  modelTierIds: content.assumptions.modelTiers.map((t) => t.id),
  deploymentIds: content.assumptions.deployments.map((d) => d.id),
};
const schema = scenarioFormSchema(formContext, text);
const defaults = (): ScenarioFormValues =>
  scenarioFormValues(
    {
      name: 'As planned',
      inputs: {
        workflows: 1,
        agents: 1,
        inference: { mode: 'reference' },
        deployment: 'public-cloud',
        excluded: [],
        overrides: {},
      },
    },
    formContext,
    'frontier',
  );

const WORKFLOWS = COUNT_FIELDS.workflows;

describe('whole-number fields: every kind of bad input gets its own message', () => {
  it.each<[string, string, number | string]>([
    ['empty', '', 'Enter the number of workflows'],
    ['only spaces', '   ', 'Enter the number of workflows'],
    ['negative', '-1', 'Number of workflows must be 0 or more'],
    ['negative with a minus sign', '\u22121', 'Number of workflows must be 0 or more'],
    ['fractional', '1.5', 'Number of workflows must be a whole number, like 2'],
    ['a decimal comma', '1,5', 'Number of workflows must be a whole number, like 2'],
    ['one too many', '21', 'Number of workflows must be 20 or fewer'],
    ['huge, in exponent form', '1e30', 'Number of workflows must be 20 or fewer'],
    ['beyond safe integers', '9007199254740993', 'Number of workflows must be 20 or fewer'],
    ['beyond any number', '1e400', 'Number of workflows must be 20 or fewer'],
    ['pasted text', 'ten', 'Enter the number of workflows in digits, like 2'],
    ['digits and text', '2 workflows', 'Enter the number of workflows in digits, like 2'],
    ['a range', '1-2', 'Enter the number of workflows in digits, like 2'],
    ['Infinity', 'Infinity', 'Enter the number of workflows in digits, like 2'],
    ['Arabic-Indic digits', '١٢', 12],
    ['full-width digits', '１２', 12],
    ['Devanagari digits', '१२', 12],
    ['mathematical bold digits', '𝟏𝟐', 12],
    ['surrounding spaces', '  2 ', 2],
    ['a plus sign', '+3', 3],
    ['leading zeros', '007', 7],
    ['minus zero', '-0', 0],
    ['zero', '0', 0],
    ['the maximum', '20', 20],
  ])('%s (%j)', (_, raw, expected) => {
    const parsed = parseWholeNumber(raw, WORKFLOWS, text);
    expect(parsed).toEqual(
      typeof expected === 'number' ? { ok: true, value: expected } : { ok: false, message: expected },
    );
  });

  it.each<[string, string, number | string]>([
    ['thousands separators', '1,000', 1000],
    ['spaces as separators', '1 000 000', 1_000_000],
    ['no-break spaces', '1\u00A0000', 1000],
    ['narrow no-break spaces', '1\u202F000', 1000],
    ['Arabic thousands separator and digits', '١٬٠٠٠', 1000],
    ['full-width comma', '1，000', 1000],
    ['badly grouped', '1,00', 'Tasks per month must be a whole number, like 50,000'],
    ['grouped with a fraction', '1,000.5', 'Tasks per month must be a whole number, like 50,000'],
    ['over the maximum', '100,000,001', 'Tasks per month must be 100,000,000 or fewer'],
  ])('tasks per month: %s (%j)', (_, raw, expected) => {
    const parsed = parseWholeNumber(raw, COUNT_FIELDS.tasksPerMonth, text);
    expect(parsed).toEqual(
      typeof expected === 'number' ? { ok: true, value: expected } : { ok: false, message: expected },
    );
  });

  it('says what the page file says, slots filled', () => {
    const edited = { ...text, 'field-empty': 'Fill in {field}.', 'workflows-noun': 'how many workflows' };
    expect(parseWholeNumber('', countFields(edited).workflows, edited)).toEqual({
      ok: false,
      message: 'Fill in how many workflows.',
    });
    expect(parseRate('', 'EUR', { ...text, 'rate-empty': 'Rate for {currency}?' })).toEqual({
      ok: false,
      message: 'Rate for EUR?',
    });
  });

  it('quote amounts say "less" and show the maximum as money', () => {
    expect(parseWholeNumber('2000000000', quoteField('low', 'First-year operations', text), text)).toEqual({
      ok: false,
      message: 'The low figure for First-year operations must be $1,000,000,000 or less',
    });
    expect(parseWholeNumber('', quoteField('high', 'First-year operations', text), text)).toEqual({
      ok: false,
      message: 'Enter the high figure of your quote for First-year operations',
    });
  });

  it('accepts exactly the whole numbers in range, whatever the digits', () => {
    const scripts = ['0', '٠', '０', '०', '০', '๐', '𝟎'].map((zero) => zero.codePointAt(0) as number);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.constantFrom(...scripts), (value, zero) => {
        const digits = [...String(value)].map((d) => String.fromCodePoint(zero + Number(d))).join('');
        expect(parseWholeNumber(digits, WORKFLOWS, text)).toEqual({ ok: true, value });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const parsed = parseWholeNumber(raw, WORKFLOWS, text);
        if (parsed.ok) expect(Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= 20).toBe(true);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('normalises digits and separators but leaves other text for the parser to refuse', () => {
    expect(normaliseNumberText(' ١٬٢٣٤٫٥ ')).toBe('1,234.5');
    expect(normaliseNumberText('ten')).toBe('ten');
  });
});

describe('exchange rate', () => {
  it.each<[string, string, number | string]>([
    ['empty', '', 'Enter the exchange rate: how many EUR make one US dollar'],
    ['zero', '0', 'The exchange rate must be more than 0'],
    ['negative', '-0.9', 'The exchange rate must be more than 0'],
    ['a decimal comma', '0,92', 'Use a full stop for decimals in the exchange rate, like 0.92'],
    ['text', 'ninety', 'Enter the exchange rate in digits, like 0.92'],
    ['too large', '100001', 'The exchange rate must be 100,000 or less'],
    ['too small to convert', '0.0000001', 'The exchange rate must be at least 0.000001'],
    ['a decimal', '0.92', 0.92],
    ['Arabic-Indic with the Arabic decimal separator', '٠٫٩٢', 0.92],
    ['a large grouped rate', '1,234.5', 1234.5],
  ])('%s (%j)', (_, raw, expected) => {
    expect(parseRate(raw, 'EUR', text)).toEqual(
      typeof expected === 'number' ? { ok: true, value: expected } : { ok: false, message: expected },
    );
  });

  it('the currency schema ignores the rate text for US dollars', () => {
    const currency = currencyFormSchema(['USD', 'EUR'], text);
    expect(currency.safeParse({ code: 'USD', rate: 'anything' }).data).toEqual({ code: 'USD', ratePerUsd: 1 });
    const bad = currency.safeParse({ code: 'EUR', rate: '' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['rate', 'Enter the exchange rate: how many EUR make one US dollar'],
    ]);
  });
});

describe('scenario form schema', () => {
  const issues = (values: ScenarioFormValues) =>
    schema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('turns the default form into the reference inputs', () => {
    expect(schema.safeParse(defaults()).data).toEqual({
      name: 'As planned',
      inputs: {
        workflows: 1,
        agents: 1,
        inference: { mode: 'reference' },
        deployment: 'public-cloud',
        excluded: [],
        overrides: {},
      },
    });
  });

  it('puts every problem on the field it belongs to', () => {
    const values = defaults();
    values.name = '  ';
    values.workflows = 'ten';
    values.agents = '1.5';
    values.inference = { mode: 'volume', tasksPerMonth: '', modelTier: 'frontier' };
    values.quotes.operations = { enabled: true, low: '90,000', high: '80000' };
    values.quotes['governance-evaluation'] = { enabled: true, low: '', high: '5' };
    expect(issues(values)).toEqual([
      ['name', 'Enter a name for this scenario'],
      ['workflows', 'Enter the number of workflows in digits, like 2'],
      ['agents', 'Number of agents must be a whole number, like 2'],
      ['inference.tasksPerMonth', 'Enter the number of tasks per month'],
      ['quotes.governance-evaluation.low', 'Enter the low figure of your quote for Governance & evaluation harness'],
      [
        'quotes.operations.high',
        'The high figure for First-year operations must be the same as or more than the low figure',
      ],
    ]);
  });

  it('ignores what is hidden: a switched-off quote and the volume in reference mode', () => {
    const values = defaults();
    values.quotes.operations = { enabled: false, low: 'junk', high: '' };
    values.inference = { mode: 'reference', tasksPerMonth: 'lots', modelTier: 'frontier' };
    expect(issues(values)).toEqual([]);
  });

  it('unticking a removable line leaves it out; an unknown tier or deployment is refused', () => {
    const values = defaults();
    values.included['scoping-engagement'] = false;
    expect(schema.safeParse(values).data?.inputs.excluded).toEqual(['scoping-engagement']);
    values.deployment = 'moon';
    expect(schema.safeParse(values).success).toBe(false);
  });

  it('round-trips every valid scenario through the form, always to valid inputs', () => {
    fc.assert(
      fc.property(nameArb, inputsArb, (name, inputs) => {
        const parsed = schema.safeParse(scenarioFormValues({ name, inputs }, formContext, 'frontier'));
        expect(parsed.data).toEqual({ name, inputs });
        expect(costInputProblems(content, parsed.data!.inputs)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every saved quote to the dollar through the form in another currency', () => {
    fc.assert(
      fc.property(nameArb, inputsArb, rateArb, (name, inputs, ratePerUsd) => {
        const euros = { ...formContext, currency: { code: 'EUR', ratePerUsd } };
        const parsed = scenarioFormSchema(euros, text).safeParse(
          scenarioFormValues({ name, inputs }, euros, 'frontier'),
        );
        expect(parsed.data).toEqual({ name, inputs });
      }),
      { numRuns: 500 },
    );
  });
});

describe('quotes in the display currency', () => {
  const euros: ScenarioFormContext = { ...formContext, currency: { code: 'EUR', ratePerUsd: 0.92 } };
  const inEuros = scenarioFormSchema(euros, text);

  it('reads a quote typed in euros as whole US dollars, rounded once', () => {
    const values = defaults();
    values.quotes.operations = { enabled: true, low: '80,000', high: '92000' };
    // 80,000 / 0.92 = 86,956.52… → 86,957; 92,000 / 0.92 = 100,000.
    expect(inEuros.safeParse(values).data?.inputs.overrides).toEqual({ operations: { low: 86_957, high: 100_000 } });
  });

  it('shows a saved quote in euros, and the maximum in euros', () => {
    const saved = scenarioFormValues(
      {
        name: 'A',
        inputs: {
          workflows: 1,
          agents: 1,
          inference: { mode: 'reference' },
          deployment: 'public-cloud',
          excluded: [],
          overrides: { operations: { low: 86_956, high: 100_000 } },
        },
      },
      euros,
      'frontier',
    );
    expect(saved.quotes.operations).toMatchObject({ enabled: true, low: '80000', high: '92000' });
    // Untouched, the text keeps the saved dollars (86,956), not the 86,957 converting back would give.
    expect(inEuros.safeParse(saved).data?.inputs.overrides).toEqual({ operations: { low: 86_956, high: 100_000 } });
    const max = quoteField('low', 'First-year operations', text, { code: 'EUR', ratePerUsd: 0.92 });
    expect(max.max).toBe(convertDollars(1_000_000_000, 0.92));
    expect(parseWholeNumber('2000000000', max, text)).toMatchObject({
      ok: false,
      message: expect.stringContaining('€920,000,000'),
    });
  });
});
