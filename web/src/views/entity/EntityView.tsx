/**
 * One entity: every value with the lists (and their versions) that give it, its sanctions and
 * programmes, its identifiers, the entities it is linked to, and, when entries of several lists
 * are one designation, the members and the keys that tie them.
 */
import { useEffect, useState } from 'react';
import { catalog, entity as fetchEntity } from '../../api/client.js';
import type { DatasetJson, EntityJson } from '../../api/types.js';
import { href } from '../../app/router.js';
import type { ViewProps } from '../../app/routes.js';
import { Link } from '../../components/Link.js';
import { ErrorNote } from '../../components/Notice.js';
import { Designation, PropertyTable, Related, Sanctions } from './sections.js';
import { adjacent, IDENTIFIER_PROPS, valueRows, versionOf } from './provenance.js';

export default function EntityView({ params }: ViewProps) {
  const id = params.id!;
  const [entity, setEntity] = useState<EntityJson | null>(null);
  const [datasets, setDatasets] = useState<DatasetJson[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setEntity(null);
    setError(null);
    fetchEntity(id).then(setEntity, setError);
    catalog().then((c) => setDatasets(c.datasets), setError);
  }, [id]);
  if (error) return <ErrorNote error={error} />;
  if (!entity) return <p className="loading">Loading {id}…</p>;
  return <EntityPage entity={entity} datasets={datasets} />;
}

export function EntityPage({ entity, datasets }: { entity: EntityJson; datasets: DatasetJson[] }) {
  const rows = valueRows(entity, datasets);
  const links = adjacent(entity);
  const sanctions = links.filter((l) => l.prop === 'sanctions').map((l) => l.entity);
  const documents = links.filter((l) => l.prop === 'identification').map((l) => l.entity);
  const related = links.filter((l) => l.prop !== 'sanctions' && l.prop !== 'identification');
  const identifiers = rows.filter((r) => IDENTIFIER_PROPS.has(r.prop));
  return (
    <article className="entity">
      <header>
        <p className="muted">
          <Link href={href('/search', { q: entity.caption })}>Search for this name</Link>
          {' · '}
          <Link href={href(`/network/${encodeURIComponent(entity.id)}`)}>Network</Link>
        </p>
        <h1>
          {entity.caption} {entity.target && <span className="badge listed">Listed</span>}
        </h1>
        <dl className="facts">
          <dt>Type</dt>
          <dd>{entity.schema}</dd>
          <dt>ID</dt>
          <dd>
            <code>{entity.id}</code>
          </dd>
          <dt>Lists</dt>
          <dd>
            {entity.datasets
              .map((d) => `${d} (version ${versionOf(datasets, d) ?? '?'})`)
              .join(', ')}
          </dd>
          <dt>First seen</dt>
          <dd>{entity.first_seen}</dd>
          <dt>Last seen</dt>
          <dd>{entity.last_seen}</dd>
          <dt>Last change</dt>
          <dd>{entity.last_change}</dd>
        </dl>
      </header>
      <Sanctions sanctions={sanctions} />
      <section aria-labelledby="h-identifiers">
        <h2 id="h-identifiers">Identifiers</h2>
        {identifiers.length === 0 && documents.length === 0 ? (
          <p className="muted">None listed.</p>
        ) : (
          <ul>
            {identifiers.map((r) => (
              <li key={`${r.prop}:${r.value}`}>
                {r.prop}: <code>{r.value}</code>
              </li>
            ))}
            {documents.map((d) => (
              <li key={d.id}>
                {d.schema}: <code>{d.caption}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PropertyTable rows={rows} />
      <Related related={related} referents={entity.referents} />
      {entity.designation && <Designation designation={entity.designation} />}
    </article>
  );
}
