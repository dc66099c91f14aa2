/**
 * One entity: every value with the lists (and their versions) that give it, first and last seen,
 * its sanctions and programmes, its identifiers, exposure under the US, EU and UK rules with the
 * ownership chains, its relationships in the lists and the network, the screening decisions taken
 * on it (for roles that may screen), and the changes between list versions. Each part is fetched
 * on its own, so that one failing leaves the others on the page.
 */
import { type ReactElement, useEffect, useState } from 'react';
import { catalog, entity as fetchEntity } from '../../api/client.js';
import type { DatasetJson, EntityJson } from '../../api/types.js';
import { href } from '../../app/router.js';
import type { ViewProps } from '../../app/routes.js';
import { Link } from '../../components/Link.js';
import { ErrorNote } from '../../components/Notice.js';
import { useCan } from '../../session/session.js';
import {
  type DecisionsAnswer,
  entityDecisions,
  entityExposure,
  entityHistory,
  entityRelations,
  type ExposureAnswer,
  type HistoryAnswer,
  type RelationsAnswer,
} from './api.js';
import { DecisionsSection } from './Decisions.js';
import { ExposureSection } from './Exposure.js';
import { adjacent, IDENTIFIER_PROPS, valueRows, versionOf } from './provenance.js';
import { RelationsSection } from './Relations.js';
import { Designation, PropertyTable, Sanctions } from './sections.js';
import { networkHref } from './sources.js';
import { seenText, TimelineSection } from './Timeline.js';

/** An answer as it arrives: nothing yet, the data, or why it failed. */
export interface Loaded<T> {
  data?: T;
  error?: unknown;
}

function useAnswer<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches.
  useEffect(() => {
    setState({});
    if (!load) return;
    let live = true;
    load().then(
      (data) => live && setState({ data }),
      (error) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

export interface Extras {
  history: Loaded<HistoryAnswer>;
  exposure: Loaded<ExposureAnswer>;
  relations: Loaded<RelationsAnswer>;
  /** Absent for a role that may not see screening. */
  decisions?: Loaded<DecisionsAnswer>;
}

export default function EntityView({ params }: ViewProps) {
  const id = params.id!;
  const mayScreen = useCan('screen');
  const entity = useAnswer(() => fetchEntity(id), id);
  const datasets = useAnswer(async () => (await catalog()).datasets, id);
  const extras: Extras = {
    history: useAnswer(() => entityHistory(id), id),
    exposure: useAnswer(() => entityExposure(id), id),
    relations: useAnswer(() => entityRelations(id), id),
  };
  const decisions = useAnswer(mayScreen ? () => entityDecisions(id) : null, `${id}:${mayScreen}`);
  if (mayScreen) extras.decisions = decisions;
  if (entity.error || datasets.error) return <ErrorNote error={entity.error ?? datasets.error} />;
  if (!entity.data || !datasets.data) return <p className="loading">Loading {id}…</p>;
  return <EntityPage entity={entity.data} datasets={datasets.data} extras={extras} />;
}

/** A section's answer: its error, a loading line, or the section. */
function Part<T>(props: { loaded: Loaded<T>; what: string; children: (data: T) => ReactElement }) {
  const { loaded, what, children } = props;
  if (loaded.error) return <ErrorNote error={loaded.error} />;
  if (loaded.data === undefined) return <p className="loading">Loading {what}…</p>;
  return children(loaded.data);
}

export function EntityPage(props: { entity: EntityJson; datasets: DatasetJson[]; extras: Extras }) {
  const { entity, datasets, extras } = props;
  const rows = valueRows(entity, datasets);
  const links = adjacent(entity);
  const sanctions = links.filter((l) => l.prop === 'sanctions').map((l) => l.entity);
  const documents = links.filter((l) => l.prop === 'identification').map((l) => l.entity);
  const related = links.filter((l) => l.prop !== 'sanctions' && l.prop !== 'identification');
  const identifiers = rows.filter((r) => IDENTIFIER_PROPS.has(r.prop));
  const history = extras.history.data;
  return (
    <article className="entity">
      <header>
        <p className="muted">
          <Link href={href('/search', { q: entity.caption })}>Search for this name</Link>
          {' · '}
          <Link href={networkHref(entity.id)}>Network</Link>
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
          <dd>{history ? seenText(history.first_seen) : entity.first_seen}</dd>
          <dt>Last seen</dt>
          <dd>{history ? seenText(history.last_seen) : entity.last_seen}</dd>
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
      <Part loaded={extras.exposure} what="exposure">
        {(answer) => <ExposureSection answer={answer} />}
      </Part>
      <PropertyTable rows={rows} />
      <Part loaded={extras.relations} what="relationships">
        {(network) => (
          <RelationsSection
            id={entity.id}
            links={related}
            referents={entity.referents}
            network={network}
          />
        )}
      </Part>
      {entity.designation && <Designation designation={entity.designation} />}
      {extras.decisions && (
        <Part loaded={extras.decisions} what="decisions">
          {(answer) => <DecisionsSection decisions={answer.decisions} />}
        </Part>
      )}
      <Part loaded={extras.history} what="history">
        {(answer) => <TimelineSection history={answer} />}
      </Part>
    </article>
  );
}
