import type { ReportCost as Cost } from '../../domain/report-model';
import { TableScroll } from '../common/TableScroll';
import type { ReportText } from './report-props';
import { fillSlots } from '../../domain/fill-slots';

const bar = (fraction: number) => Math.round(fraction * 1000) / 10;

/** The year-one cost half of the report. */
export function ReportCost({ cost, sourcesHtml, text }: { cost: Cost; sourcesHtml: string; text: ReportText }) {
  return (
    <section className="report-section stack stack--m" aria-labelledby="cost-heading">
      <h2 id="cost-heading">{cost.heading}</h2>
      <div className="stack stack--xs">
        <p className="eyebrow">{text['total-year-one']}</p>
        <p className="report-total" data-testid="year-one-total">
          {cost.total.rangeText}
        </p>
        <p>
          {fillSlots(text.midpoint, { midpoint: cost.total.midpointText })} {cost.buildShare.text}{' '}
          {cost.buildShare.referenceText}
        </p>
        {cost.currency.rateText && <p className="muted">{cost.currency.rateText}</p>}
      </div>

      {cost.warnings.map((w) => (
        <div key={w.lineId} className="notice notice--warning">
          <p>
            <strong>{text['wrong-cut']}</strong> {w.message}
          </p>
        </div>
      ))}

      {cost.otherScenarios.length > 0 && (
        <div className="stack stack--xs">
          <h3>{text['other-scenarios-heading']}</h3>
          <ul>
            {cost.otherScenarios.map((o) => (
              <li key={o.name}>
                <strong>{o.name}:</strong> {o.rangeText}{' '}
                {fillSlots(text['other-scenario-midpoint'], { midpoint: o.midpointText })}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="stack stack--xs">
        <h3>{text['inputs-heading']}</h3>
        <dl className="summary-list">
          {cost.inputs.map((row) => (
            <div key={row.label} className="summary-list__row">
              <dt className="summary-list__key">{row.label}</dt>
              <dd className="summary-list__value">{row.value}</dd>
            </div>
          ))}
        </dl>
      </div>

      <div className="stack stack--xs">
        <h3 id="cost-lines-heading">{text['lines-heading']}</h3>
        <TableScroll labelledBy="cost-lines-heading" text={text}>
          <table className="table">
            <caption className="visually-hidden">{text['cost-lines-caption']}</caption>
            <thead>
              <tr>
                <th scope="col">{text['line-column']}</th>
                <th scope="col">{text['kind-column']}</th>
                <th scope="col">{text['basis-column']}</th>
                <th scope="col" className="num">
                  {text['low-column']}
                </th>
                <th scope="col" className="num">
                  {text['high-column']}
                </th>
                <th scope="col" className="report-bar-col">
                  <span className="visually-hidden">{text['cost-bar-column']}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cost.lines.map((line) => (
                <tr key={line.id}>
                  <th scope="row">
                    {line.label}
                    {(line.unitsText || line.protected) && (
                      <span className="report-line__meta">
                        {[line.unitsText, line.protected ? text['protected-line'] : ''].filter(Boolean).join(' · ')}
                      </span>
                    )}
                  </th>
                  <td>{line.kindText}</td>
                  <td className={line.wrongCut ? 'report-line--wrong-cut' : undefined}>{line.basisText}</td>
                  <td className="num">{line.lowText}</td>
                  <td className="num">{line.highText}</td>
                  <td className="report-bar-col" aria-hidden="true">
                    {/* SVG attributes, not style="": the CSP blocks inline styles. */}
                    <svg className="report-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                      <rect className="report-bar__track" x="0" y="0" width="100" height="10" />
                      <rect className="report-bar__high" x="0" y="0" width={bar(line.barHigh)} height="10" />
                      <rect className="report-bar__low" x="0" y="0" width={bar(line.barLow)} height="10" />
                    </svg>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {text['total-year-one']}
                </th>
                <td className="num">{cost.total.lowText}</td>
                <td className="num">{cost.total.highText}</td>
                <td className="report-bar-col" />
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </div>

      {cost.unitCost && (
        <div className="stack stack--xs">
          <h3>{text['unit-cost-heading']}</h3>
          <p>{cost.unitCost.sentence}</p>
        </div>
      )}

      <div className="stack stack--xs">
        <h3>{text['assumptions-heading']}</h3>
        <ul className="stack stack--2xs">
          {cost.assumptions.map((a) => (
            <li key={a.key}>
              <span className={a.isAssumption ? 'tag tag--assumption' : 'tag'}>{a.tag}</span>{' '}
              <strong>{a.label}.</strong> {a.note}
            </li>
          ))}
        </ul>
        <div className="prose" dangerouslySetInnerHTML={{ __html: sourcesHtml }} />
      </div>
    </section>
  );
}
