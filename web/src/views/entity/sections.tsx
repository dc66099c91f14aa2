/** The sections of the entity page, each a plain function of what the API answered. */
import type { DesignationJson, EntityJson } from '../../api/types.js';
import { href } from '../../app/router.js';
import { Link } from '../../components/Link.js';
import { propLabel, stringValues, type ValueRow } from './provenance.js';

function entityLink(id: string, text?: string) {
  return <Link href={href(`/entities/${encodeURIComponent(id)}`)}>{text ?? id}</Link>;
}

export function PropertyTable({ rows }: { rows: ValueRow[] }) {
  return (
    <section aria-labelledby="h-properties">
      <h2 id="h-properties">Properties and their sources</h2>
      <table className="data properties">
        <caption className="visually-hidden">Every value with the lists that give it</caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Value</th>
            <th scope="col">Source (list, version)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.prop}:${r.value}`}>
              <th scope="row">{propLabel(r.prop)}</th>
              <td>{r.value}</td>
              <td>
                {r.sources
                  .map((s) => (s.version ? `${s.dataset} v${s.version}` : s.dataset))
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Sanctions({ sanctions }: { sanctions: EntityJson[] }) {
  return (
    <section aria-labelledby="h-sanctions">
      <h2 id="h-sanctions">Sanctions and programmes</h2>
      {sanctions.length === 0 ? (
        <p className="muted">No sanction entry is linked to this entity.</p>
      ) : (
        <ul className="sanctions">
          {sanctions.map((s) => (
            <li key={s.id}>
              <strong>{stringValues(s, 'program').join(', ') || s.caption}</strong>
              {' · '}
              {stringValues(s, 'authority').join(', ')}
              {stringValues(s, 'listingDate').length > 0 &&
                ` · listed ${stringValues(s, 'listingDate').join(', ')}`}
              {stringValues(s, 'unscId').length > 0 &&
                ` · UN reference ${stringValues(s, 'unscId').join(', ')}`}
              <span className="muted"> ({s.datasets.join(', ')})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Designation({ designation }: { designation: DesignationJson }) {
  return (
    <section aria-labelledby="h-designation">
      <h2 id="h-designation">One designation across lists</h2>
      <p className="muted">{designation.rule}</p>
      <ul>
        {designation.members.map((m) => (
          <li key={m.id}>
            {entityLink(m.id, m.caption ?? m.id)} <span className="muted">({m.dataset})</span>
          </li>
        ))}
      </ul>
      {designation.links.length > 0 && (
        <ul>
          {designation.links.map((l) => (
            <li key={`${l.entities.join('-')}:${l.kind}:${l.value}`}>
              {l.entities.join(' = ')} by {l.label}: <code>{l.value}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
