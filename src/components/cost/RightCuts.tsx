import type { CostDisplay } from '../../domain/cost-display';

/** Right cuts, each priced by re-running the estimate: what it saves and the total it leads to. */
export function RightCuts({ display, noCuts }: { display: CostDisplay; noCuts: string }) {
  const cuts = display.rightCuts;
  return (
    <div className="stack stack--s">
      {cuts.length === 0 ? (
        <p>{noCuts}</p>
      ) : (
        <ul className="cost-cuts">
          {cuts.map((cut) => (
            <li className="card cost-cuts__item" key={cut.kind}>
              <h3 className="card__title">{cut.title}</h3>
              <p className="cost-cuts__saving">{cut.savingsText}</p>
              <p>{cut.detail}</p>
              <p className="muted">{cut.totalText}</p>
            </li>
          ))}
        </ul>
      )}
      {display.rightCutsHint && <p className="hint">{display.rightCutsHint}</p>}
    </div>
  );
}
