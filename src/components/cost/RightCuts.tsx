import type { CostView, RightCutView } from '../../domain/cost-view';
import { moneyRange, plural } from './money';

function describe({ cut }: RightCutView): { title: string; detail: string } {
  switch (cut.kind) {
    case 'fewer-workflows':
      return {
        title: 'Build one fewer workflow',
        detail:
          `${plural(cut.to, 'workflow')} instead of ${cut.from}.` +
          (cut.to > 0
            ? ' Start with the workflow most likely to meet its outcome metric; add the next once it has.'
            : ''),
      };
    case 'fewer-agents':
      return {
        title: 'Build one fewer agent',
        detail: `${plural(cut.to, 'agent')} instead of ${cut.from}. Many tasks proposed for agents are served as well by a workflow.`,
      };
    case 'cheaper-tier':
      return {
        title: `Use the ${cut.to.label.toLowerCase()} for inference`,
        detail: `Instead of the ${cut.from.label.toLowerCase()}, for the steps it handles well (classifying, extracting, routing), with the evaluation harness confirming quality holds.`,
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
        <p>There is no right cut to suggest for this plan: nothing is left to narrow.</p>
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
          Estimate inference from your volume (under Inference) to see what a cheaper model tier would save.
        </p>
      )}
    </div>
  );
}
