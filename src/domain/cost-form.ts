/**
 * What the cost calculator's form accepts, as zod/mini schemas over the raw text of each field, and
 * the friendly message for every way a field can be wrong. The form validates as the user types, so
 * each message says how to fix the field, not merely that it is wrong.
 *
 * Numbers are read generously: thousands separators (1,000), spaces, and digits from any script
 * ("١٢" Arabic-Indic, "１２" full width, "१२" Devanagari) are normalised to ASCII first, so a
 * visitor whose keyboard types other digits is never told their number is not a number. Anything
 * else (words, "1,5", "2x") is refused with a message.
 *
 * Imported by the calculator chunk only (loaded after the island's entry): zod/mini only, keep it
 * light. What the saved-state decoder also needs (names, rate bounds) lives in cost-state.ts.
 */
import * as z from 'zod/mini';
import type { Id } from './content-types';
import { CostInputsLimits, type CostInputs, type CostOverride } from './cost-inputs';
import {
  MAX_RATE,
  MAX_SCENARIO_NAME_LENGTH,
  MIN_RATE,
  parseScenarioName,
  type DisplayCurrency,
  type Parsed,
} from './cost-state';
import { convertDollars, convertToDollars } from './currency';
import { fillSlots } from './fill-slots';
import { formatMoney } from './format';
import { formatCount } from './ui-text';
import type { IslandText } from '../schemas/page-wording';

/**
 * The form's messages, from content/pages/cost.md (`text`), as the calculator passes them: each
 * message is a template with its slots, and the field names they hold are the field labels.
 */
export type CostFormText = Pick<
  IslandText<'cost'>,
  | 'name-empty'
  | 'name-too-long'
  | 'name-not-plain'
  | 'field-empty'
  | 'field-whole'
  | 'field-digits'
  | 'field-negative'
  | 'field-too-many'
  | 'field-too-much'
  | 'workflows-label'
  | 'workflows-noun'
  | 'agents-label'
  | 'agents-noun'
  | 'tasks-label'
  | 'tasks-noun'
  | 'quote-low-name'
  | 'quote-high-name'
  | 'quote-low-noun'
  | 'quote-high-noun'
  | 'quote-order'
  | 'rate-empty'
  | 'rate-decimal-comma'
  | 'rate-digits'
  | 'rate-positive'
  | 'rate-too-large'
  | 'rate-too-small'
>;

const DIGIT = /\p{Nd}/u;

/**
 * The ASCII digit for any Unicode decimal digit. Unicode encodes every decimal digit set as a run
 * of ten code points from 0 to 9, and runs sit back to back (the mathematical digits are five runs
 * in a row), so a digit's value is its distance from the start of its run of digits, modulo 10.
 */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  let start = code;
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/** Punctuation other scripts and keyboards use for the same job as ASCII's. */
const EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u066B': '.', // Arabic decimal separator
  '\uFF0E': '.', // full-width full stop
  '\u066C': ',', // Arabic thousands separator
  '\uFF0C': ',', // full-width comma
  '\u2212': '-', // minus sign
  '\uFF0D': '-', // full-width hyphen-minus
  '\u2013': '-', // en dash, often typed for a minus
  '\uFF0B': '+', // full-width plus
};

/**
 * Digits to ASCII, equivalent punctuation to ASCII, every kind of space (including no-break and
 * thin spaces used as thousands separators) removed. Everything else is left for the parser to
 * refuse.
 */
export function normaliseNumberText(raw: string): string {
  let out = '';
  for (const char of raw) {
    if (/\s|[\u200B-\u200D\u2060]/u.test(char)) continue;
    if (char >= '0' && char <= '9') out += char;
    else if (DIGIT.test(char)) out += asciiDigit(char);
    else out += EQUIVALENTS[char] ?? char;
  }
  return out;
}

const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

type Reading =
  { kind: 'empty' } | { kind: 'decimal-comma' } | { kind: 'not-a-number' } | { kind: 'number'; value: number };

/** What the text says, after normalising; no judgement on range yet. */
export function readNumber(raw: string): Reading {
  let text = normaliseNumberText(raw);
  if (text === '') return { kind: 'empty' };
  if (GROUPED.test(text)) text = text.replace(/,/g, '');
  else if (DECIMAL_COMMA.test(text)) return { kind: 'decimal-comma' };
  if (!NUMBER.test(text)) return { kind: 'not-a-number' };
  // `+ 0` turns "-0" into 0.
  return { kind: 'number', value: Number(text) + 0 };
}

export interface WholeNumberField {
  /** Completes "Enter …": "the number of workflows". */
  noun: string;
  /** Starts a sentence: "Number of workflows". */
  label: string;
  max: number;
  /** A plausible value for the message, e.g. "2". */
  example: string;
  /** How the maximum is written: "20", "$1,000,000,000". */
  maxText?: string;
  /** Over the maximum, counts say "or fewer" (`field-too-many`), amounts "or less" (`field-too-much`). */
  fewer?: 'fewer' | 'less';
}

/** A whole number from 0 to `field.max`, or the message, in the page's words, that says how to fix the text. */
export function parseWholeNumber(raw: string, field: WholeNumberField, text: CostFormText): Parsed<number> {
  const reading = readNumber(raw);
  const { noun, label, max, example } = field;
  const maxText = field.maxText ?? formatCount(max);
  const fail = (message: string): Parsed<number> => ({ ok: false, message });
  const notWhole = () => fail(fillSlots(text['field-whole'], { field: label, example }));
  switch (reading.kind) {
    case 'empty':
      return fail(fillSlots(text['field-empty'], { field: noun }));
    case 'decimal-comma':
      return notWhole();
    case 'not-a-number':
      return fail(fillSlots(text['field-digits'], { field: noun, example }));
  }
  const { value } = reading;
  if (value < 0) return fail(fillSlots(text['field-negative'], { field: label }));
  if (value > max)
    return fail(
      fillSlots(text[field.fewer === 'less' ? 'field-too-much' : 'field-too-many'], { field: label, max: maxText }),
    );
  if (!Number.isInteger(value)) return notWhole();
  return { ok: true, value };
}

/** How a rate is written in the messages' examples. */
const RATE_EXAMPLE = '0.92';

/** A display exchange rate: a positive decimal from MIN_RATE to MAX_RATE. */
export function parseRate(raw: string, code: string, text: CostFormText): Parsed<number> {
  const reading = readNumber(raw);
  const fail = (message: string): Parsed<number> => ({ ok: false, message });
  switch (reading.kind) {
    case 'empty':
      return fail(fillSlots(text['rate-empty'], { currency: code }));
    case 'decimal-comma':
      return fail(fillSlots(text['rate-decimal-comma'], { example: RATE_EXAMPLE }));
    case 'not-a-number':
      return fail(fillSlots(text['rate-digits'], { example: RATE_EXAMPLE }));
  }
  const { value } = reading;
  if (value <= 0) return fail(text['rate-positive']);
  if (value > MAX_RATE) return fail(fillSlots(text['rate-too-large'], { max: MAX_RATE }));
  if (value < MIN_RATE) return fail(fillSlots(text['rate-too-small'], { min: MIN_RATE.toFixed(6) }));
  return { ok: true, value };
}

/** A scenario name, or the page's message for why it is refused. */
export function parseScenarioNameText(raw: string, text: CostFormText): Parsed<string> {
  const parsed = parseScenarioName(raw);
  if (parsed.ok) return parsed;
  switch (parsed.problem) {
    case 'empty':
      return { ok: false, message: text['name-empty'] };
    case 'too-long':
      return { ok: false, message: fillSlots(text['name-too-long'], { max: MAX_SCENARIO_NAME_LENGTH }) };
    case 'not-plain':
      return { ok: false, message: text['name-not-plain'] };
  }
}

/** The limits of the count fields; `countFields` adds their names from the page's words. */
export const COUNT_FIELDS = {
  workflows: { max: CostInputsLimits.maxCount, example: '2' },
  agents: { max: CostInputsLimits.maxCount, example: '2' },
  tasksPerMonth: { max: CostInputsLimits.maxTasksPerMonth, example: '50,000' },
} as const;

/** The count fields, named as the form labels them ("Number of workflows", "the number of workflows"). */
export function countFields(text: CostFormText): Record<keyof typeof COUNT_FIELDS, WholeNumberField> {
  return {
    workflows: { ...COUNT_FIELDS.workflows, label: text['workflows-label'], noun: text['workflows-noun'] },
    agents: { ...COUNT_FIELDS.agents, label: text['agents-label'], noun: text['agents-noun'] },
    tasksPerMonth: { ...COUNT_FIELDS.tasksPerMonth, label: text['tasks-label'], noun: text['tasks-noun'] },
  };
}

/** The currency quotes are typed in: the display currency (US dollars at rate 1 by default). */
export const USD_QUOTES: DisplayCurrency = { code: 'USD', ratePerUsd: 1 };

/** The largest quote, in whole units of the display currency. */
export const maxQuote = (currency: DisplayCurrency) =>
  currency.code === 'USD'
    ? CostInputsLimits.maxDollars
    : convertDollars(CostInputsLimits.maxDollars, currency.ratePerUsd);

/** The low or high figure of a quote for one line, in whole units of the display currency. */
export function quoteField(
  end: 'low' | 'high',
  lineLabel: string,
  text: CostFormText,
  currency: DisplayCurrency = USD_QUOTES,
): WholeNumberField {
  const max = maxQuote(currency);
  const line = { line: lineLabel };
  return {
    noun: fillSlots(text[end === 'low' ? 'quote-low-noun' : 'quote-high-noun'], line),
    label: fillSlots(text[end === 'low' ? 'quote-low-name' : 'quote-high-name'], line),
    max,
    maxText: formatMoney(max, currency.code),
    example: '80,000',
    fewer: 'less',
  };
}

/**
 * A quote typed in the display currency, as the whole US dollars it is kept in. Converted once,
 * with a single rounding. `saved` is the quote as stored when the form opened: text that still
 * shows exactly that figure keeps it, so reopening the form and changing another field never
 * moves a quote by the dollar that converting back and forth could add.
 */
export function quoteInDollars(amount: number, currency: DisplayCurrency, saved: number | undefined): number {
  if (currency.code === 'USD') return amount;
  if (saved !== undefined && convertDollars(saved, currency.ratePerUsd) === amount) return saved;
  return Math.min(convertToDollars(amount, currency.ratePerUsd), CostInputsLimits.maxDollars);
}

/** Wraps a text parser as a schema whose issues carry the parser's message. */
function textField<T>(parse: (raw: string) => Parsed<T>) {
  return z.pipe(
    z.string(),
    z.transform((raw: string, ctx): T => {
      const parsed = parse(raw);
      if (parsed.ok) return parsed.value;
      ctx.issues.push({ code: 'custom', message: parsed.message, input: raw });
      return z.NEVER;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The scenario form

/** What the form holds: the text of every field as typed, so nothing is lost while it is wrong. */
export interface ScenarioFormValues {
  name: string;
  workflows: string;
  agents: string;
  /** Removable line id → whether it is in the plan. */
  included: Record<Id, boolean>;
  inference: { mode: 'reference' | 'volume'; tasksPerMonth: string; modelTier: Id };
  deployment: Id;
  /**
   * Line id → a quote, used only while `enabled`; its text is kept when switched off. The text is
   * in the display currency; `usd` is the figure in dollars the text was filled from (a saved
   * quote, or the line's own range when ticked), not a field.
   */
  quotes: Record<Id, QuoteFormValues>;
}

export interface QuoteFormValues {
  enabled: boolean;
  low: string;
  high: string;
  usd?: { low: number; high: number } | null;
}

export interface ScenarioFormResult {
  name: string;
  inputs: CostInputs;
}

/** The content the scenario schema needs: which lines exist and which can be left out. */
export interface ScenarioFormContext {
  lines: readonly { id: Id; label: string }[];
  removableLineIds: readonly Id[];
  modelTierIds: readonly Id[];
  deploymentIds: readonly Id[];
  /** What quotes are typed in: the display currency (US dollars when absent). */
  currency?: DisplayCurrency;
}

const SavedUsd = z.optional(z.nullable(z.object({ low: z.number(), high: z.number() })));

function quoteSchema(lineLabel: string, currency: DisplayCurrency, text: CostFormText) {
  const low = quoteField('low', lineLabel, text, currency);
  const high = quoteField('high', lineLabel, text, currency);
  return z.discriminatedUnion('enabled', [
    z.pipe(
      z.object({ enabled: z.literal(false) }),
      z.transform((): CostOverride | null => null),
    ),
    z.pipe(
      z.object({
        enabled: z.literal(true),
        low: textField((raw) => parseWholeNumber(raw, low, text)),
        high: textField((raw) => parseWholeNumber(raw, high, text)),
        usd: SavedUsd,
      }),
      z.transform((quote, ctx): CostOverride | null => {
        // Compared as typed; converting keeps the order (the same rate, rounded the same way).
        if (quote.low <= quote.high)
          return {
            low: quoteInDollars(quote.low, currency, quote.usd?.low),
            high: quoteInDollars(quote.high, currency, quote.usd?.high),
          };
        ctx.issues.push({
          code: 'custom',
          message: fillSlots(text['quote-order'], { line: lineLabel }),
          input: quote,
          path: ['high'],
        });
        return z.NEVER;
      }),
    ),
  ]);
}

/** Form text in, a scenario name and valid `CostInputs` out. */
export type ScenarioSchema = z.ZodMiniType<ScenarioFormResult, ScenarioFormValues>;

/** The scenario form's schema, for the content's lines, tiers and deployments, with the page's messages. */
export function scenarioFormSchema(context: ScenarioFormContext, text: CostFormText): ScenarioSchema {
  const currency = context.currency ?? USD_QUOTES;
  const fields = countFields(text);
  const quotes = Object.fromEntries(context.lines.map((line) => [line.id, quoteSchema(line.label, currency, text)]));
  const included = Object.fromEntries(context.removableLineIds.map((id) => [id, z.boolean()]));
  const tier = z.enum(context.modelTierIds as [Id, ...Id[]]);
  const schema = z.pipe(
    z.object({
      name: textField((raw) => parseScenarioNameText(raw, text)),
      workflows: textField((raw) => parseWholeNumber(raw, fields.workflows, text)),
      agents: textField((raw) => parseWholeNumber(raw, fields.agents, text)),
      included: z.object(included),
      inference: z.discriminatedUnion('mode', [
        z.object({ mode: z.literal('reference') }),
        z.object({
          mode: z.literal('volume'),
          tasksPerMonth: textField((raw) => parseWholeNumber(raw, fields.tasksPerMonth, text)),
          modelTier: tier,
        }),
      ]),
      deployment: z.enum(context.deploymentIds as [Id, ...Id[]]),
      quotes: z.object(quotes),
    }),
    z.transform((form): ScenarioFormResult => {
      // Fresh objects keyed only by content ids: nothing from the form is copied wholesale.
      const overrides: Record<Id, CostOverride> = {};
      for (const line of context.lines) {
        const quote = form.quotes[line.id];
        if (quote) overrides[line.id] = quote;
      }
      const inference: CostInputs['inference'] =
        form.inference.mode === 'volume'
          ? { mode: 'volume', tasksPerMonth: form.inference.tasksPerMonth, modelTier: form.inference.modelTier }
          : { mode: 'reference' };
      return {
        name: form.name,
        inputs: {
          workflows: form.workflows,
          agents: form.agents,
          inference,
          deployment: form.deployment,
          excluded: context.removableLineIds.filter((id) => form.included[id] === false),
          overrides,
        },
      };
    }),
  );
  // The form holds more than the schema reads (a switched-off quote keeps its text, reference mode
  // keeps the volume typed earlier), so its input type is wider than the one zod infers.
  return schema as unknown as ScenarioSchema;
}

/** The form text for a saved scenario (what the form shows when it opens). */
export function scenarioFormValues(
  scenario: ScenarioFormResult,
  context: ScenarioFormContext,
  defaultModelTier: Id,
): ScenarioFormValues {
  const { inputs } = scenario;
  const rate = context.currency?.code === 'USD' ? 1 : (context.currency?.ratePerUsd ?? 1);
  const shown = (usd: number) => String(rate === 1 ? usd : convertDollars(usd, rate));
  const quotes: ScenarioFormValues['quotes'] = {};
  for (const line of context.lines) {
    const override = Object.hasOwn(inputs.overrides, line.id) ? inputs.overrides[line.id] : undefined;
    quotes[line.id] = override
      ? {
          enabled: true,
          low: shown(override.low),
          high: shown(override.high),
          usd: { low: override.low, high: override.high },
        }
      : { enabled: false, low: '', high: '', usd: null };
  }
  const included: Record<Id, boolean> = {};
  for (const id of context.removableLineIds) included[id] = !inputs.excluded.includes(id);
  return {
    name: scenario.name,
    workflows: String(inputs.workflows),
    agents: String(inputs.agents),
    included,
    inference:
      inputs.inference.mode === 'volume'
        ? {
            mode: 'volume',
            tasksPerMonth: String(inputs.inference.tasksPerMonth),
            modelTier: inputs.inference.modelTier,
          }
        : { mode: 'reference', tasksPerMonth: '', modelTier: defaultModelTier },
    deployment: inputs.deployment,
    quotes,
  };
}

// ---------------------------------------------------------------------------------------------
// The display-currency form

export interface CurrencyFormValues {
  code: string;
  rate: string;
}

export type CurrencySchema = z.ZodMiniType<DisplayCurrency, CurrencyFormValues>;

/** The currency form's schema, with the page's messages. The base currency (USD) is always at rate 1, whatever the text. */
export function currencyFormSchema(codes: readonly string[], text: CostFormText): CurrencySchema {
  const schema = z.pipe(
    z.object({ code: z.enum(codes as [string, ...string[]]), rate: z.string() }),
    z.transform((form, ctx): DisplayCurrency => {
      if (form.code === 'USD') return { code: 'USD', ratePerUsd: 1 };
      const rate = parseRate(form.rate, form.code, text);
      if (rate.ok) return { code: form.code, ratePerUsd: rate.value };
      ctx.issues.push({ code: 'custom', message: rate.message, input: form.rate, path: ['rate'] });
      return z.NEVER;
    }),
  );
  return schema as CurrencySchema;
}
