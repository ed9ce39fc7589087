import type { CostDisplay } from '../../domain/cost-display';

/** Every figure this estimate relied on that is not in the reference table, labelled as such. */
export function AssumptionsUsed({ display }: { display: CostDisplay }) {
  return (
    <ul className="cost-assumptions">
      {display.assumptions.map((assumption) => (
        <li key={assumption.key}>
          <span className={assumption.isAssumption ? 'tag tag--assumption' : 'tag'}>{assumption.tag}</span>{' '}
          <strong>{assumption.label}.</strong> {assumption.note}
        </li>
      ))}
    </ul>
  );
}
