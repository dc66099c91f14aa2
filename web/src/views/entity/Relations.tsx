/**
 * The entity's relations: the list's own links (linked to, associates, addresses, identity
 * documents...) and the network's edges (ownership, directorship...), per relation type with how
 * many there are and the first few; the rest of the network is in the network view.
 */
import type { EntityJson } from '../../api/types.js';
import { Link } from '../../components/Link.js';
import type { Relation, RelationsAnswer } from './api.js';
import { propLabel } from './provenance.js';
import { entityHref, networkHref, shareText, SourceText } from './sources.js';

export const FIRST_FEW = 5;

function groupByProp(links: { prop: string; entity: EntityJson }[]) {
  const groups = new Map<string, EntityJson[]>();
  for (const { prop, entity } of links) groups.set(prop, [...(groups.get(prop) ?? []), entity]);
  return [...groups];
}

function ListLink({ entity }: { entity: EntityJson }) {
  return (
    <li>
      <Link href={entityHref(entity.id)}>{entity.caption}</Link>{' '}
      <span className="muted">
        ({entity.schema}; {entity.datasets.join(', ')})
      </span>
    </li>
  );
}

function NetworkRelation({ r }: { r: Relation }) {
  const name = r.entity_id ? <Link href={entityHref(r.entity_id)}>{r.caption}</Link> : r.caption;
  const share = shareText({
    percentage: r.percentage,
    low: r.percentage_low,
    high: r.percentage_high,
  });
  return (
    <li>
      {r.direction === 'out' ? 'to' : 'from'} {name}
      {r.percentage !== null || r.percentage_low !== null ? ` · ${share}` : ''}
      {r.start_date && ` · from ${r.start_date}`}
      {r.end_date && ` · until ${r.end_date}`}{' '}
      <span className="muted">
        (<SourceText source={r.source} />)
      </span>
    </li>
  );
}

export function RelationsSection(props: {
  id: string;
  links: { prop: string; entity: EntityJson }[];
  referents: string[];
  network: RelationsAnswer | null;
}) {
  const { id, links, referents, network } = props;
  const listGroups = groupByProp(links);
  return (
    <section aria-labelledby="h-relations">
      <h2 id="h-relations">Relationships</h2>
      <p>
        <Link href={networkHref(id)}>Open in the network view</Link>
      </p>
      <h3>From the lists</h3>
      {listGroups.length === 0 && referents.length === 0 ? (
        <p className="muted">The lists link it to no other entity.</p>
      ) : (
        <dl className="relations">
          {listGroups.map(([prop, entities]) => (
            <div key={prop}>
              <dt>
                {propLabel(prop)} ({entities.length})
              </dt>
              <dd>
                <ul>
                  {entities.slice(0, FIRST_FEW).map((e) => (
                    <ListLink key={e.id} entity={e} />
                  ))}
                </ul>
                {entities.length > FIRST_FEW && (
                  <details>
                    <summary>{entities.length - FIRST_FEW} more</summary>
                    <ul>
                      {entities.slice(FIRST_FEW).map((e) => (
                        <ListLink key={e.id} entity={e} />
                      ))}
                    </ul>
                  </details>
                )}
              </dd>
            </div>
          ))}
          {referents.length > 0 && (
            <div>
              <dt>Same designation ({referents.length})</dt>
              <dd>
                <ul>
                  {referents.map((r) => (
                    <li key={r}>
                      <Link href={entityHref(r)}>{r}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      <h3>In the network</h3>
      {!network || network.groups.length === 0 ? (
        <p className="muted">No relation in the network data (ownership, control, payments).</p>
      ) : (
        <dl className="relations">
          {network.groups.map((g) => (
            <div key={g.type} data-relation={g.type}>
              <dt>
                {propLabel(g.type)} ({g.total})
              </dt>
              <dd>
                <ul>
                  {g.relations.map((r) => (
                    <NetworkRelation key={`${r.node}:${r.direction}`} r={r} />
                  ))}
                </ul>
                {g.total > g.relations.length && (
                  <Link href={networkHref(id)}>
                    and {g.total - g.relations.length} more in the network view
                  </Link>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
