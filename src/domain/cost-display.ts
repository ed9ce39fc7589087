/**
 * The cost results in words and figures, ready to render: every amount, sentence and label that
 * /cost/, /report/ and the PDF show for an estimate, computed once from `buildCostView`. The
 * components print these strings; none of them formats money or composes a sentence.
 *
 * Imported by the cost and report islands: pure, no dependencies beyond the domain.
 */
import type { CostAssumptions, CostKind, CostScale, Currency, Id, SiteContent } from './content-types';
import type { CostInputs } from './cost-inputs';
import type { CostLine } from './cost-estimate';
import type { CostContext, CostState, DisplayCurrency } from './cost-state';
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
import { COST_BASIS_TEXT, COST_KIND_TEXT, countOf, formatCount } from './ui-text';

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
  /** Whose figure it is: this product's assumption, or the source article's own. */
  tag: 'Assumption' | 'Source article';
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
    referenceTag: CostDisplayAssumption['tag'];
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

const NO_BUILD_SHARE = 'Nothing is in the plan, so there is no build share.';

const money = (code: string) => (amount: number) => formatMoney(amount, code);

function currencyOf(assumptions: CostAssumptions, currency: DisplayCurrency): CostDisplayCurrency {
  const code = currency.code;
  const known: Currency | undefined = assumptions.currencies.find((c) => c.code === code);
  const isBase = code === 'USD';
  const ratePerUsd = isBase ? 1 : currency.ratePerUsd;
  const label = known?.label ?? code;
  const edited = !isBase && (known === undefined || known.ratePerUsd !== ratePerUsd);
  let rateText = '';
  if (!isBase) {
    rateText = edited
      ? `Amounts are shown in ${label} (${code}) at ${formatRate(ratePerUsd)} per US dollar, the rate you entered. Every figure is computed in US dollars.`
      : `Amounts are shown in ${label} (${code}) at ${formatRate(ratePerUsd)} per US dollar, as of ${formatContentDate(known!.asOf)}.`;
  }
  return { code, label, ratePerUsd, isBase, edited, rateText };
}

function unitsText(line: CostLine, inputs: CostInputs): string {
  switch (line.item.scalesWith) {
    case 'workflow':
      return countOf(line.units, 'workflow');
    case 'agent':
      return countOf(line.units, 'agent');
    case 'programme':
      return 'Programme';
    case 'usage':
      return inputs.inference.mode === 'volume' && line.basis === 'volume'
        ? `${countOf(inputs.inference.tasksPerMonth * 12, 'task')} a year`
        : 'A year of use';
  }
}

function lineNotes(line: CostLine, inputs: CostInputs, assumptions: CostAssumptions): CostLineNote[] {
  const notes: CostLineNote[] = [];
  const { inference } = inputs;
  if (line.basis === 'volume' && inference.mode === 'volume') {
    const tier = assumptions.modelTiers.find((t) => t.id === inference.modelTier);
    if (tier) notes.push({ text: `${tier.label} prices`, assumption: true });
  }
  const deployment = assumptions.deployments.find((d) => d.id === inputs.deployment);
  const computed = line.basis === 'reference' || line.basis === 'volume';
  if (computed && line.item.deploymentSensitive && deployment && deployment.multiplierPercent !== 100) {
    const diff = deployment.multiplierPercent - 100;
    notes.push({
      text: `${diff > 0 ? '+' : '\u2212'}${Math.abs(diff)}% for ${deployment.label.toLowerCase()}`,
      assumption: true,
    });
  }
  if (line.basis === 'override') notes.push({ text: 'Replaces the reference range', assumption: false });
  if (line.basis === 'excluded') notes.push({ text: 'Not part of this plan', assumption: false });
  return notes;
}

function describeInputs(
  content: Pick<SiteContent, 'costLines' | 'assumptions'>,
  inputs: CostInputs,
  usdText: (usd: number) => string,
  currency: CostDisplayCurrency,
): { label: string; value: string }[] {
  const { assumptions, costLines } = content;
  const labelOf = (id: Id) => costLines.find((l) => l.id === id)?.label ?? id;
  const deployment = assumptions.deployments.find((d) => d.id === inputs.deployment);
  let inference = 'The reference range';
  if (inputs.inference.mode === 'volume') {
    const { tasksPerMonth, modelTier } = inputs.inference;
    const tier = assumptions.modelTiers.find((t) => t.id === modelTier);
    inference = `From volume: ${formatCount(tasksPerMonth)} tasks a month on the ${tier?.label ?? modelTier} (assumed prices)`;
  }
  const change = (deployment?.multiplierPercent ?? 100) - 100;
  const effect =
    change === 0 ? '' : ` (assumed ${change > 0 ? '+' : '\u2212'}${Math.abs(change)}% on deployment-sensitive lines)`;
  const overrides = Object.entries(inputs.overrides).flatMap(([id, o]) =>
    o ? [`${labelOf(id)}: ${usdText(o.low)} – ${usdText(o.high)}`] : [],
  );
  return [
    { label: 'Workflows', value: countOf(inputs.workflows, 'workflow') },
    { label: 'Agents', value: countOf(inputs.agents, 'agent') },
    { label: 'Inference', value: inference },
    { label: 'Deployment', value: deployment ? `${deployment.label}${effect}` : inputs.deployment },
    { label: 'Left out', value: inputs.excluded.length ? inputs.excluded.map(labelOf).join('; ') : 'Nothing' },
    { label: 'Your quotes', value: overrides.length ? overrides.join('; ') : 'None' },
    { label: 'Currency', value: currency.isBase ? 'US dollar (USD)' : `${currency.label} (${currency.code})` },
  ];
}

const systemsText = ({ workflows, agents }: { workflows: number; agents: number }) =>
  [workflows > 0 ? countOf(workflows, 'workflow') : '', agents > 0 ? countOf(agents, 'agent') : '']
    .filter(Boolean)
    .join(' and ');

function describeCut({ cut }: RightCutView): { title: string; detail: string } {
  switch (cut.kind) {
    case 'narrow-scope':
      return {
        title: 'Narrow the scope',
        detail: `Build ${systemsText(cut.to)} first instead of ${systemsText(cut.from)}: one use case, one team, one outcome metric. Add the next system once the first meets its outcome metric.`,
      };
    case 'fast-tier':
      return {
        title: `Default to the ${cut.to.label.toLowerCase()}`,
        detail: `Instead of the ${cut.from.label.toLowerCase()}, use fast-tier models by default and keep the ${cut.from.label.toLowerCase()} for the steps that need it, with the evaluation harness confirming quality holds.`,
      };
  }
}

function assumptionsOf(view: CostView, assumptions: CostAssumptions, currency: CostDisplayCurrency) {
  const list: CostDisplayAssumption[] = view.estimate.assumptionsUsed.map((used) => ({
    key: `${used.kind}:${used.id}`,
    tag: 'Assumption',
    label: `${used.kind === 'model-tier' ? 'Model tier' : 'Deployment'}: ${used.label}`,
    note: assumptionNoteText(used.note),
  }));
  list.push({
    key: 'build-share',
    // The build share is the source article's own figure unless content says it is ours.
    tag: assumptions.buildShareReference.basis === 'assumption' ? 'Assumption' : 'Source article',
    label: 'Build share',
    note: assumptionNoteText(assumptions.buildShareReference.note),
  });
  const known = assumptions.currencies.find((c) => c.code === currency.code);
  if (known && !currency.isBase) {
    const asOf = formatContentDate(known.asOf);
    list.push({
      key: 'exchange-rate',
      tag: 'Assumption',
      label: `Exchange rate: ${formatRate(currency.ratePerUsd)} ${currency.code} per US dollar${currency.edited ? ' (your rate)' : ` on ${asOf}`}`,
      note: currency.edited
        ? `The content rate is ${formatRate(known.ratePerUsd)}, on ${asOf}. A display rate: every figure is computed in US dollars.`
        : assumptionNoteText(known.note),
    });
  }
  return list;
}

/** One scenario's results, in the display currency, as every view shows them. */
export function buildCostDisplay(
  context: CostContext,
  inputs: CostInputs,
  displayCurrency: DisplayCurrency,
  scenarioName: string | null = null,
  view: CostView = buildCostView(context, inputs, displayCurrency),
): CostDisplay {
  const { assumptions } = context.content;
  const currency = currencyOf(assumptions, displayCurrency);
  const { code } = currency;
  const fmt = money(code);
  const { priced, estimate, axis } = view;
  const fraction = (n: number) => Math.round((n / axis.max) * 1000) / 1000;

  const lines: CostDisplayLine[] = priced.lines.map((line) => ({
    id: line.item.id,
    label: line.item.label,
    kind: line.item.kind,
    kindText: COST_KIND_TEXT[line.item.kind],
    scalesWith: line.item.scalesWith,
    unitsText: unitsText(line, inputs),
    basis: line.basis,
    basisText: COST_BASIS_TEXT[line.basis],
    protected: line.item.protected,
    wrongCut: line.wrongCut,
    low: line.low,
    high: line.high,
    lowText: fmt(line.low),
    highText: fmt(line.high),
    rangeText: formatMoneyRange(line.low, line.high, code),
    spokenText: spokenMoneyRange(line.low, line.high, code),
    chartLabel: `${line.item.label}${line.basis === 'excluded' ? ' — left out' : line.high === 0 ? ' — none' : line.wrongCut ? ' — wrong cut' : ''}`,
    chartValueText:
      line.low === line.high
        ? formatCompactMoney(line.low, code)
        : `${formatCompactMoney(line.low, code)} – ${formatCompactMoney(line.high, code)}`,
    barLow: fraction(line.low),
    barHigh: fraction(line.high),
    chartValuePlacement: fraction(line.high) <= 0.6 ? 'after' : fraction(line.low) >= 0.4 ? 'before' : 'above',
    notes: lineNotes(line, inputs, assumptions),
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
    inputs: describeInputs(context.content, inputs, (usd) => fmt(convertDollars(usd, currency.ratePerUsd)), currency),
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
      barText: `Year one: ${formatMoneyRange(total.low, total.high, code)}`,
    },
    buildShare: {
      lowPercent: share.lowPercent,
      highPercent: share.highPercent,
      withinReference: share.withinReference,
      text: empty ? NO_BUILD_SHARE : `The build lines are ${shareText} of year one.`,
      referenceText: empty
        ? ''
        : `${reference.basis === 'assumption' ? 'Our reference' : 'The source article'} says the build usually takes ${reference.lowPercent}–${reference.highPercent}%; this plan is ${share.withinReference ? 'within' : 'outside'} it.`,
      referenceTag: reference.basis === 'assumption' ? 'Assumption' : 'Source article',
    },
    unitCost: unit && {
      tasksPerYear: unit.tasksPerYear,
      tasksPerYearText: `${countOf(unit.tasksPerYear, 'task')} a year`,
      totalPerTaskText: cents(unit.totalPerTaskCents),
      runPerTaskText: cents(unit.runPerTaskCents),
      sentence: `At ${countOf(unit.tasksPerYear, 'task')} a year: ${cents(unit.totalPerTaskCents)} per task for all of year one, of which the running cost is ${cents(unit.runPerTaskCents)} per task.`,
    },
    warnings: estimate.wrongCuts.map((w) => ({ lineId: w.item.id, label: w.item.label, message: w.message })),
    assumptions: assumptionsOf(view, assumptions, currency),
    chart: {
      max: axis.max,
      ticks: axis.ticks.map((value) => ({ value, label: formatCompactMoney(value, code) })),
      summary:
        `Bar chart of the year-one range of each of the ${lines.length} cost lines, on a scale from ` +
        `${fmt(0)} to ${fmt(axis.max)}.` +
        (largest && largest.high > 0 ? ` The largest is ${largest.label}, ${largest.spokenText}.` : '') +
        ' The table under “Breakdown by line” has every figure.',
      legend: [
        { kind: 'range', text: 'Bar: from the line’s low estimate to its high' },
        ...(lines.some((l) => l.wrongCut)
          ? [{ kind: 'wrong-cut' as const, text: 'Wrong cut: a protected line below its reference low' }]
          : []),
      ],
    },
    rightCuts: view.rightCuts.map((cutView) => {
      const { low, high } = cutView.savings;
      return {
        kind: cutView.cut.kind,
        ...describeCut(cutView),
        savingsText: `Saves ${formatMoneyRange(Math.min(low, high), Math.max(low, high), code)}`,
        totalText: `Year one would be ${formatMoneyRange(cutView.total.low, cutView.total.high, code)}.`,
      };
    }),
    rightCutsHint:
      inputs.inference.mode === 'volume'
        ? null
        : 'Estimate inference from your volume (under Inference) to see what defaulting to fast-tier models would save.',
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

function sameLinesText(same: number, differing: number): string {
  if (same === 0) return '';
  if (differing === 0) return 'Every line costs the same in both.';
  return same === 1 ? 'The other line costs the same in both.' : `The other ${same} lines cost the same in both.`;
}

/**
 * The second scenario against the first, in the display currency, as /cost/ shows it: the totals,
 * and only the lines that differ (a table of identical rows hides the one change that matters).
 */
export function buildScenarioComparisonDisplay(context: CostContext, state: CostState): ScenarioComparisonDisplay {
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
  let headline: string;
  if (comparison.same) headline = `The two scenarios cost the same. Change “${b}” to see the difference.`;
  else if (low <= 0 && high <= 0) headline = `“${b}” costs ${span(-low, -high)} less than “${a}”.`;
  else if (low >= 0 && high >= 0) headline = `“${b}” costs ${span(low, high)} more than “${a}”.`;
  else
    headline = `“${b}” changes the low estimate by ${signed(low)} and the high by ${signed(high)} compared with “${a}”.`;
  return {
    names,
    same: comparison.same,
    cards: [
      { name: a, rangeText: range(total.a), midpointText: formatMoney(total.a.midpoint, code) },
      { name: b, rangeText: range(total.b), midpointText: formatMoney(total.b.midpoint, code) },
    ],
    headline,
    caption: `“${b}” compared with “${a}”: the lines that differ (${code})`,
    sameLinesText: sameLinesText(comparison.lines.length - differing.length, differing.length),
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
