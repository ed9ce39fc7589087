import type { CostView, RightCutView } from '../../domain/cost-view';
import { moneyRange, plural } from './money';

const systems = ({ workflows, agents }: { workflows: number; agents: number }) =>
  [workflows > 0 ? plural(workflows, 'workflow') : '', agents > 0 ? plural(agents, 'agent') : '']
    .filter(Boolean)
    .join(' and ');

function describe({ cut }: RightCutView): { title: string; detail: string } {
  switch (cut.kind) {
    case 'narrow-scope':
      return {
        title: 'Narrow the scope',
        detail: `Build ${systems(cut.to)} first instead of ${systems(cut.from)}: one use case, one team, one outcome metric. Add the next system once the first meets its outcome metric.`,
      };
    case 'fast-tier':
      return {
        title: `Default to the ${cut.to.label.toLowerCase()}`,
        detail: `Instead of the ${cut.from.label.toLowerCase()}, use fast-tier models by default and keep the ${cut.from.label.toLowerCase()} for the steps that need it, with the evaluation harness confirming quality holds.`,
      };
  }
}

/** Savings as a range from the smaller to the larger, whichever end of the estimate each is. */
const savingsRange = ({ low, high }: { low: number; high: number }) => ({
  low: Math.min(low, high),
  high: Math.max(low, high),
});

/** Right cuts, each priced by re-running the estimate: what it saves and the total it leads to. */
export function RightCuts({ view, code, volume }: { view: CostView; code: string; volume: boolean }) {
  const cuts = view.rightCuts;
  return (
    <div className="stack stack--s">
      {cuts.length === 0 ? (
        <p>There is no right cut to suggest for this plan: it already builds one system, on the fast tier.</p>
      ) : (
        <ul className="cost-cuts">
          {cuts.map((cutView) => {
            const { title, detail } = describe(cutView);
            return (
              <li className="card cost-cuts__item" key={cutView.cut.kind}>
                <h3 className="card__title">{title}</h3>
                <p className="cost-cuts__saving">Saves {moneyRange(savingsRange(cutView.savings), code)}</p>
                <p>{detail}</p>
                <p className="muted">Year one would be {moneyRange(cutView.total, code)}.</p>
              </li>
            );
          })}
        </ul>
      )}
      {!volume && (
        <p className="hint">
          Estimate inference from your volume (under Inference) to see what defaulting to fast-tier models would save.
        </p>
      )}
    </div>
  );
}
