/**
 * The cost results in words and figures, ready to render: every amount, sentence and label that
 * /cost/, /report/ and the PDF show for an estimate, computed once from `buildCostView`. The
 * components print these strings; none of them formats money or composes a sentence. The
 * sentences are the cost page's words (content/pages/cost.md `text`), passed in as `text`: this
 * module holds the figures and the grammar glue, not the English.
 *
 * Imported by the cost and report islands: pure, no dependencies beyond the domain (and the
 * types of the page's words).
 */
import type { CostAssumptions, CostKind, CostScale, Currency, Id, SiteContent } from './content-types';
import type { CostInputs } from './cost-inputs';
import type { CostLine } from './cost-estimate';
import type { CostPricingContext, CostState, DisplayCurrency } from './cost-state';
import { buildCostView, compareCostScenarios, type CostView, type RightCutView } from './cost-view';
import { convertDollars } from './currency';
import { formatContentDate } from './dates';
import {
  assumptionNoteText,
  formatCents,
  formatCompactMoney,
  formatMoney,
  formatMoneyRange,
  formatRate,
  formatSignedMoney,
  spokenMoneyRange,
} from './format';
import { counted, fillSlots } from './fill-slots';
import { formatCount } from './ui-text';
import type { IslandText } from '../schemas/page-wording';

/**
 * The words the estimate is put in, from content/pages/cost.md (`text`): /cost/ passes its own,
 * /report/ passes the same keys from the same file (see `pickCostDisplayText`), so the screen, the
 * report and the PDF say the same thing. Slots are filled here with `fillSlots`.
 */
export const COST_DISPLAY_KEYS = [
  'rate-shown',
  'rate-shown-edited',
  'kind-build',
  'kind-governance',
  'kind-run',
  'basis-reference',
  'basis-volume',
  'basis-override',
  'basis-excluded',
  'units-programme',
  'units-tasks-year',
  'units-year-of-use',
  'note-tier-prices',
  'note-deployment',
  'note-override',
  'note-excluded',
  'input-workflows',
  'input-agents',
  'input-inference',
  'input-deployment',
  'input-excluded',
  'input-quotes',
  'input-currency',
  'input-inference-reference',
  'input-inference-volume',
  'input-deployment-change',
  'input-nothing',
  'input-none',
  'input-usd',
  'currency-option',
  'systems-both',
  'cut-narrow-title',
  'cut-narrow-detail',
  'cut-tier-title',
  'cut-tier-detail',
  'cut-saves',
  'cut-total',
  'cuts-hint',
  'assumption-tag',
  'source-tag',
  'assumption-model-tier',
  'assumption-deployment',
  'build-share',
  'assumption-rate',
  'assumption-rate-edited',
  'assumption-rate-edited-note',
  'total-bar',
  'build-share-none',
  'build-share-text',
  'build-share-ours',
  'build-share-article',
  'build-share-within',
  'build-share-outside',
  'unit-cost-sentence',
  'wrong-cut-removed',
  'wrong-cut-below',
  'wrong-cut-why',
  'chart-left-out',
  'chart-none',
  'chart-wrong-cut',
  'chart-summary',
  'chart-summary-largest',
  'chart-summary-table',
  'legend-range',
  'legend-wrong-cut',
  'compare-same-cost',
  'compare-less',
  'compare-more',
  'compare-mixed',
  'compare-caption',
  'same-lines-all',
  'same-lines-one',
  'same-lines-many',
  'count-workflow-one',
  'count-workflow-many',
  'count-agent-one',
  'count-agent-many',
  'count-task-one',
  'count-task-many',
] as const satisfies readonly (keyof IslandText<'cost'>)[];

export type CostDisplayText = Pick<IslandText<'cost'>, (typeof COST_DISPLAY_KEYS)[number]>;

/** Only the estimate's words out of the cost page's, for a page (/report/) that needs no others. */
export function pickCostDisplayText(text: CostDisplayText): CostDisplayText {
  return Object.fromEntries(COST_DISPLAY_KEYS.map((key) => [key, text[key]])) as CostDisplayText;
}

/** "+20%", "−15%": a change in percent, signed (a true minus sign). */
const percentChange = (change: number) => `${change > 0 ? '+' : '\u2212'}${Math.abs(change)}%`;

export interface CostLineNote {
  text: string;
  /** Shown with an "Assumption" label. */
  assumption: boolean;
}

export interface CostDisplayLine {
  id: Id;
  label: string;
  kind: CostKind;
  kindText: string;
  scalesWith: CostScale;
  /** "2 workflows", "Programme", "148,140 tasks a year", "A year of use". */
  unitsText: string;
  basis: CostLine['basis'];
  basisText: string;
  protected: boolean;
  wrongCut: boolean;
  /** In the display currency, whole units. */
  low: number;
  high: number;
  lowText: string;
  highText: string;
  rangeText: string;
  /** "$120,000 to $200,000", for screen readers. */
  spokenText: string;
  /** The label as the chart prints it ("Scoping engagement — left out", "… — wrong cut"). */
  chartLabel: string;
  /** The figures the chart prints beside the bar: "$120K – $200K", "$0". */
  chartValueText: string;
  /**
   * Where those figures go so they never run into a label or off the chart: after the bar when it
   * ends in the left 60%, before it when it starts in the right 60%, else on the label's row
   * (right-aligned) above a bar that spans the middle.
   */
  chartValuePlacement: 'after' | 'before' | 'above';
  /** low and high as fractions (0–1) of the chart axis, for bars. */
  barLow: number;
  barHigh: number;
  notes: CostLineNote[];
}

export interface CostDisplayCurrency {
  code: string;
  label: string;
  ratePerUsd: number;
  /** Amounts are the computed US dollars (no conversion). */
  isBase: boolean;
  /** Whether the user typed a rate other than the content's. */
  edited: boolean;
  /** "Amounts are shown in … at 84 per US dollar, as of …", or "" in US dollars. */
  rateText: string;
}

export interface CostDisplayAssumption {
  key: string;
  /** Whose figure it is, in words: this product's assumption, or the source article's own. */
  tag: string;
  /** The tag is the assumption one (styled as such), not the source article's. */
  isAssumption: boolean;
  label: string;
  note: string;
}

export interface CostDisplayRightCut {
  kind: RightCutView['cut']['kind'];
  title: string;
  detail: string;
  /** "Saves $100,000 – $180,000". */
  savingsText: string;
  /** "Year one would be …". */
  totalText: string;
}

export interface CostDisplay {
  scenarioName: string | null;
  currency: CostDisplayCurrency;
  /** The inputs, in words. */
  inputs: { label: string; value: string }[];
  lines: CostDisplayLine[];
  total: {
    low: number;
    high: number;
    midpoint: number;
    lowText: string;
    highText: string;
    rangeText: string;
    midpointText: string;
    spokenText: string;
    /** The compact bar that stays on screen while editing: "Year one: $410,000 – $925,000". */
    barText: string;
  };
  buildShare: {
    lowPercent: number;
    highPercent: number;
    withinReference: boolean;
    /** "The build lines are 49–60% of year one." */
    text: string;
    /** "The source article says the build usually takes 40–60%; this plan is within it." ("" when empty). */
    referenceText: string;
    /** Whose figure the reference share is (content's `basis`), shown as its tag. */
    referenceTag: string;
    referenceIsAssumption: boolean;
  };
  unitCost: {
    tasksPerYear: number;
    tasksPerYearText: string;
    totalPerTaskText: string;
    runPerTaskText: string;
    /** "At 148,140 tasks a year: ₹229.55 – … per task for all of year one, of which …". */
    sentence: string;
  } | null;
  warnings: { lineId: Id; label: string; message: string }[];
  /** Every figure the estimate relies on beyond the reference table; notes without their "Assumption:" prefix. */
  assumptions: CostDisplayAssumption[];
  chart: {
    max: number;
    ticks: { value: number; label: string }[];
    summary: string;
    /** What each kind of bar means; the wrong-cut entry only when a line is one. */
    legend: { kind: 'range' | 'wrong-cut'; text: string }[];
  };
  rightCuts: CostDisplayRightCut[];
  /** Shown under the right cuts when inference is not estimated from volume. */
  rightCutsHint: string | null;
  /** Markdown: where the reference figures come from. */
  sources: string;
}

const money = (code: string) => (amount: number) => formatMoney(amount, code);

function currencyOf(
  assumptions: CostAssumptions,
  currency: DisplayCurrency,
  text: CostDisplayText,
): CostDisplayCurrency {
  const code = currency.code;
  const known: Currency | undefined = assumptions.currencies.find((c) => c.code === code);
  const isBase = code === 'USD';
  const ratePerUsd = isBase ? 1 : currency.ratePerUsd;
  const label = known?.label ?? code;
  const edited = !isBase && (known === undefined || known.ratePerUsd !== ratePerUsd);
  let rateText = '';
  if (!isBase) {
    const slots = { 'currency-name': label, currency: code, rate: formatRate(ratePerUsd) };
    rateText = edited
      ? fillSlots(text['rate-shown-edited'], slots)
      : fillSlots(text['rate-shown'], { ...slots, date: formatContentDate(known!.asOf) });
  }
  return { code, label, ratePerUsd, isBase, edited, rateText };
}

/** A count with its noun, in the cost page's words: "1 workflow", "12,345 tasks". */
function countWith(count: number, noun: 'workflow' | 'agent' | 'task', text: CostDisplayText): string {
  return counted(text, `count-${noun}`, count);
}

function unitsText(line: CostLine, inputs: CostInputs, text: CostDisplayText): string {
  switch (line.item.scalesWith) {
    case 'workflow':
      return countWith(line.units, 'workflow', text);
    case 'agent':
      return countWith(line.units, 'agent', text);
    case 'programme':
      return text['units-programme'];
    case 'usage':
      return inputs.inference.mode === 'volume' && line.basis === 'volume'
        ? fillSlots(text['units-tasks-year'], { tasks: countWith(inputs.inference.tasksPerMonth * 12, 'task', text) })
        : text['units-year-of-use'];
  }
}

function lineNotes(
  line: CostLine,
  inputs: CostInputs,
  assumptions: CostAssumptions,
  text: CostDisplayText,
): CostLineNote[] {
  const notes: CostLineNote[] = [];
  const { inference } = inputs;
  if (line.basis === 'volume' && inference.mode === 'volume') {
    const tier = assumptions.modelTiers.find((t) => t.id === inference.modelTier);
    if (tier) notes.push({ text: fillSlots(text['note-tier-prices'], { tier: tier.label }), assumption: true });
  }
  const deployment = assumptions.deployments.find((d) => d.id === inputs.deployment);
  const computed = line.basis === 'reference' || line.basis === 'volume';
  if (computed && line.item.deploymentSensitive && deployment && deployment.multiplierPercent !== 100) {
    notes.push({
      text: fillSlots(text['note-deployment'], {
        change: percentChange(deployment.multiplierPercent - 100),
        deployment: deployment.label.toLowerCase(),
      }),
      assumption: true,
    });
  }
  if (line.basis === 'override') notes.push({ text: text['note-override'], assumption: false });
  if (line.basis === 'excluded') notes.push({ text: text['note-excluded'], assumption: false });
  return notes;
}

function describeInputs(
  content: Pick<SiteContent, 'costLines' | 'assumptions'>,
  inputs: CostInputs,
  usdText: (usd: number) => string,
  currency: CostDisplayCurrency,
  text: CostDisplayText,
): { label: string; value: string }[] {
  const { assumptions, costLines } = content;
  const labelOf = (id: Id) => costLines.find((l) => l.id === id)?.label ?? id;
  const deployment = assumptions.deployments.find((d) => d.id === inputs.deployment);
  let inference = text['input-inference-reference'];
  if (inputs.inference.mode === 'volume') {
    const { tasksPerMonth, modelTier } = inputs.inference;
    const tier = assumptions.modelTiers.find((t) => t.id === modelTier);
    inference = fillSlots(text['input-inference-volume'], {
      tasks: formatCount(tasksPerMonth),
      tier: tier?.label ?? modelTier,
    });
  }
  const change = (deployment?.multiplierPercent ?? 100) - 100;
  const overrides = Object.entries(inputs.overrides).flatMap(([id, o]) =>
    o ? [`${labelOf(id)}: ${usdText(o.low)} – ${usdText(o.high)}`] : [],
  );
  return [
    { label: text['input-workflows'], value: countWith(inputs.workflows, 'workflow', text) },
    { label: text['input-agents'], value: countWith(inputs.agents, 'agent', text) },
    { label: text['input-inference'], value: inference },
    {
      label: text['input-deployment'],
      value: !deployment
        ? inputs.deployment
        : change === 0
          ? deployment.label
          : fillSlots(text['input-deployment-change'], { deployment: deployment.label, change: percentChange(change) }),
    },
    {
      label: text['input-excluded'],
      value: inputs.excluded.length ? inputs.excluded.map(labelOf).join('; ') : text['input-nothing'],
    },
    { label: text['input-quotes'], value: overrides.length ? overrides.join('; ') : text['input-none'] },
    {
      label: text['input-currency'],
      value: currency.isBase
        ? text['input-usd']
        : fillSlots(text['currency-option'], { 'currency-name': currency.label, currency: currency.code }),
    },
  ];
}

function systemsText({ workflows, agents }: { workflows: number; agents: number }, text: CostDisplayText): string {
  const [w, a] = [countWith(workflows, 'workflow', text), countWith(agents, 'agent', text)];
  if (workflows > 0 && agents > 0) return fillSlots(text['systems-both'], { workflows: w, agents: a });
  return workflows > 0 ? w : agents > 0 ? a : '';
}

function describeCut({ cut }: RightCutView, text: CostDisplayText): { title: string; detail: string } {
  switch (cut.kind) {
    case 'narrow-scope':
      return {
        title: text['cut-narrow-title'],
        detail: fillSlots(text['cut-narrow-detail'], {
          to: systemsText(cut.to, text),
          from: systemsText(cut.from, text),
        }),
      };
    case 'fast-tier': {
      const tiers = { to: cut.to.label.toLowerCase(), from: cut.from.label.toLowerCase() };
      return {
        title: fillSlots(text['cut-tier-title'], { tier: tiers.to }),
        detail: fillSlots(text['cut-tier-detail'], tiers),
      };
    }
  }
}

function assumptionsOf(
  view: CostView,
  assumptions: CostAssumptions,
  currency: CostDisplayCurrency,
  text: CostDisplayText,
) {
  const ours = { tag: text['assumption-tag'], isAssumption: true };
  const list: CostDisplayAssumption[] = view.estimate.assumptionsUsed.map((used) => ({
    key: `${used.kind}:${used.id}`,
    ...ours,
    label:
      used.kind === 'model-tier'
        ? fillSlots(text['assumption-model-tier'], { tier: used.label })
        : fillSlots(text['assumption-deployment'], { deployment: used.label }),
    note: assumptionNoteText(used.note),
  }));
  const shareIsOurs = assumptions.buildShareReference.basis === 'assumption';
  list.push({
    key: 'build-share',
    // The build share is the source article's own figure unless content says it is ours.
    tag: shareIsOurs ? text['assumption-tag'] : text['source-tag'],
    isAssumption: shareIsOurs,
    label: text['build-share'],
    note: assumptionNoteText(assumptions.buildShareReference.note),
  });
  const known = assumptions.currencies.find((c) => c.code === currency.code);
  if (known && !currency.isBase) {
    const asOf = formatContentDate(known.asOf);
    const rate = { rate: formatRate(currency.ratePerUsd), currency: currency.code };
    list.push({
      key: 'exchange-rate',
      ...ours,
      label: currency.edited
        ? fillSlots(text['assumption-rate-edited'], rate)
        : fillSlots(text['assumption-rate'], { ...rate, date: asOf }),
      note: currency.edited
        ? fillSlots(text['assumption-rate-edited-note'], { rate: formatRate(known.ratePerUsd), date: asOf })
        : assumptionNoteText(known.note),
    });
  }
  return list;
}

function wrongCutMessage(cut: CostView['estimate']['wrongCuts'][number], text: CostDisplayText): string {
  const slots = { line: cut.item.label, why: cut.item.cutWarning ?? text['wrong-cut-why'] };
  return fillSlots(cut.reason === 'excluded' ? text['wrong-cut-removed'] : text['wrong-cut-below'], slots);
}

function chartLabel(line: CostLine, text: CostDisplayText): string {
  const slots = { line: line.item.label };
  if (line.basis === 'excluded') return fillSlots(text['chart-left-out'], slots);
  if (line.high === 0) return fillSlots(text['chart-none'], slots);
  return line.wrongCut ? fillSlots(text['chart-wrong-cut'], slots) : line.item.label;
}

/** One scenario's results, in the display currency and the given words, as every view shows them. */
export function buildCostDisplay(
  context: CostPricingContext,
  inputs: CostInputs,
  displayCurrency: DisplayCurrency,
  text: CostDisplayText,
  scenarioName: string | null = null,
  view: CostView = buildCostView(context, inputs, displayCurrency),
): CostDisplay {
  const { assumptions } = context.content;
  const currency = currencyOf(assumptions, displayCurrency, text);
  const { code } = currency;
  const fmt = money(code);
  const { priced, estimate, axis } = view;
  const fraction = (n: number) => Math.round((n / axis.max) * 1000) / 1000;

  const lines: CostDisplayLine[] = priced.lines.map((line) => ({
    id: line.item.id,
    label: line.item.label,
    kind: line.item.kind,
    kindText: text[`kind-${line.item.kind}`],
    scalesWith: line.item.scalesWith,
    unitsText: unitsText(line, inputs, text),
    basis: line.basis,
    basisText: text[`basis-${line.basis}`],
    protected: line.item.protected,
    wrongCut: line.wrongCut,
    low: line.low,
    high: line.high,
    lowText: fmt(line.low),
    highText: fmt(line.high),
    rangeText: formatMoneyRange(line.low, line.high, code),
    spokenText: spokenMoneyRange(line.low, line.high, code),
    chartLabel: chartLabel(line, text),
    chartValueText:
      line.low === line.high
        ? formatCompactMoney(line.low, code)
        : `${formatCompactMoney(line.low, code)} – ${formatCompactMoney(line.high, code)}`,
    barLow: fraction(line.low),
    barHigh: fraction(line.high),
    chartValuePlacement: fraction(line.high) <= 0.6 ? 'after' : fraction(line.low) >= 0.4 ? 'before' : 'above',
    notes: lineNotes(line, inputs, assumptions, text),
  }));

  const { total } = priced;
  const reference = assumptions.buildShareReference;
  const share = estimate.buildShare;
  const [lowShare, highShare] = [share.lowPercent, share.highPercent].sort((a, b) => a - b);
  const empty = total.high === 0;
  const shareText = lowShare === highShare ? `${lowShare}%` : `${lowShare}–${highShare}%`;

  const unit = view.unitCost;
  const cents = (range: { low: number; high: number }) =>
    `${formatCents(range.low, code)} – ${formatCents(range.high, code)}`;
  const largest = lines.reduce<CostDisplayLine | null>((a, b) => (!a || b.high > a.high ? b : a), null);

  return {
    scenarioName,
    currency,
    inputs: describeInputs(
      context.content,
      inputs,
      (usd) => fmt(convertDollars(usd, currency.ratePerUsd)),
      currency,
      text,
    ),
    lines,
    total: {
      low: total.low,
      high: total.high,
      midpoint: total.midpoint,
      lowText: fmt(total.low),
      highText: fmt(total.high),
      rangeText: formatMoneyRange(total.low, total.high, code),
      midpointText: fmt(total.midpoint),
      spokenText: spokenMoneyRange(total.low, total.high, code),
      barText: fillSlots(text['total-bar'], { range: formatMoneyRange(total.low, total.high, code) }),
    },
    buildShare: {
      lowPercent: share.lowPercent,
      highPercent: share.highPercent,
      withinReference: share.withinReference,
      text: empty ? text['build-share-none'] : fillSlots(text['build-share-text'], { share: shareText }),
      referenceText: empty
        ? ''
        : fillSlots(text[share.withinReference ? 'build-share-within' : 'build-share-outside'], {
            source: text[reference.basis === 'assumption' ? 'build-share-ours' : 'build-share-article'],
            low: reference.lowPercent,
            high: reference.highPercent,
          }),
      referenceTag: reference.basis === 'assumption' ? text['assumption-tag'] : text['source-tag'],
      referenceIsAssumption: reference.basis === 'assumption',
    },
    unitCost: unit && {
      tasksPerYear: unit.tasksPerYear,
      tasksPerYearText: fillSlots(text['units-tasks-year'], { tasks: countWith(unit.tasksPerYear, 'task', text) }),
      totalPerTaskText: cents(unit.totalPerTaskCents),
      runPerTaskText: cents(unit.runPerTaskCents),
      sentence: fillSlots(text['unit-cost-sentence'], {
        tasks: countWith(unit.tasksPerYear, 'task', text),
        total: cents(unit.totalPerTaskCents),
        run: cents(unit.runPerTaskCents),
      }),
    },
    warnings: estimate.wrongCuts.map((w) => ({
      lineId: w.item.id,
      label: w.item.label,
      message: wrongCutMessage(w, text),
    })),
    assumptions: assumptionsOf(view, assumptions, currency, text),
    chart: {
      max: axis.max,
      ticks: axis.ticks.map((value) => ({ value, label: formatCompactMoney(value, code) })),
      summary: [
        fillSlots(text['chart-summary'], { count: lines.length, zero: fmt(0), max: fmt(axis.max) }),
        largest && largest.high > 0
          ? fillSlots(text['chart-summary-largest'], { line: largest.label, range: largest.spokenText })
          : '',
        text['chart-summary-table'],
      ]
        .filter(Boolean)
        .join(' '),
      legend: [
        { kind: 'range', text: text['legend-range'] },
        ...(lines.some((l) => l.wrongCut) ? [{ kind: 'wrong-cut' as const, text: text['legend-wrong-cut'] }] : []),
      ],
    },
    rightCuts: view.rightCuts.map((cutView) => {
      const { low, high } = cutView.savings;
      return {
        kind: cutView.cut.kind,
        ...describeCut(cutView, text),
        savingsText: fillSlots(text['cut-saves'], {
          range: formatMoneyRange(Math.min(low, high), Math.max(low, high), code),
        }),
        totalText: fillSlots(text['cut-total'], {
          range: formatMoneyRange(cutView.total.low, cutView.total.high, code),
        }),
      };
    }),
    rightCutsHint: inputs.inference.mode === 'volume' ? null : text['cuts-hint'],
    sources: assumptions.sources,
  };
}

// ---------- Two scenarios ----------

export interface ScenarioComparisonDisplay {
  names: readonly [string, string];
  same: boolean;
  cards: { name: string; rangeText: string; midpointText: string }[];
  headline: string;
  caption: string;
  /** "The other 5 lines cost the same in both.", or "" when every line differs. */
  sameLinesText: string;
  /** Only the lines that differ between the two scenarios. */
  lines: { id: Id; label: string; aText: string; bText: string; lowChangeText: string; highChangeText: string }[];
  total: { aText: string; bText: string; lowChangeText: string; highChangeText: string };
  midpoint: { aText: string; bText: string; changeText: string };
}

function sameLinesText(same: number, differing: number, text: CostDisplayText): string {
  if (same === 0) return '';
  if (differing === 0) return text['same-lines-all'];
  return same === 1 ? text['same-lines-one'] : fillSlots(text['same-lines-many'], { count: same });
}

/**
 * The second scenario against the first, in the display currency, as /cost/ shows it: the totals,
 * and only the lines that differ (a table of identical rows hides the one change that matters).
 */
export function buildScenarioComparisonDisplay(
  context: CostPricingContext,
  state: CostState,
  text: CostDisplayText,
): ScenarioComparisonDisplay {
  const comparison = compareCostScenarios(context, state);
  const code = state.currency.code;
  const names = [state.scenarios[0].name, state.scenarios[1].name] as const;
  const [a, b] = names;
  const range = (r: { low: number; high: number }) => formatMoneyRange(r.low, r.high, code);
  const signed = (n: number) => formatSignedMoney(n, code);
  const { total } = comparison;
  const { low, high } = total.difference;
  const differing = comparison.lines.filter((line) => line.difference.low !== 0 || line.difference.high !== 0);
  const span = (x: number, y: number) => formatMoneyRange(Math.min(x, y), Math.max(x, y), code);
  const both = { first: a, second: b };
  let headline: string;
  if (comparison.same) headline = fillSlots(text['compare-same-cost'], both);
  else if (low <= 0 && high <= 0) headline = fillSlots(text['compare-less'], { ...both, range: span(-low, -high) });
  else if (low >= 0 && high >= 0) headline = fillSlots(text['compare-more'], { ...both, range: span(low, high) });
  else headline = fillSlots(text['compare-mixed'], { ...both, low: signed(low), high: signed(high) });
  return {
    names,
    same: comparison.same,
    cards: [
      { name: a, rangeText: range(total.a), midpointText: formatMoney(total.a.midpoint, code) },
      { name: b, rangeText: range(total.b), midpointText: formatMoney(total.b.midpoint, code) },
    ],
    headline,
    caption: fillSlots(text['compare-caption'], { ...both, currency: code }),
    sameLinesText: sameLinesText(comparison.lines.length - differing.length, differing.length, text),
    lines: differing.map((line) => ({
      id: line.id,
      label: line.label,
      aText: range(line.a),
      bText: range(line.b),
      lowChangeText: signed(line.difference.low),
      highChangeText: signed(line.difference.high),
    })),
    total: {
      aText: range(total.a),
      bText: range(total.b),
      lowChangeText: signed(total.difference.low),
      highChangeText: signed(total.difference.high),
    },
    midpoint: {
      aText: formatMoney(total.a.midpoint, code),
      bText: formatMoney(total.b.midpoint, code),
      changeText: signed(total.difference.midpoint),
    },
  };
}
