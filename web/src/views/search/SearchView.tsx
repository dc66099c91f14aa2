/**
 * Search across the loaded lists: a name in any script, filtered by dataset, type, country and
 * topic, with facet counts from /search. Everything the search is made of is in the address, so
 * a search can be bookmarked, shared and gone back to.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { search } from '../../api/client.js';
import type { SearchAnswer } from '../../api/types.js';
import type { ViewProps } from '../../app/routes.js';
import { href, navigate } from '../../app/router.js';
import { DataTable } from '../../components/DataTable.js';
import { Facet } from '../../components/Facets.js';
import { ErrorNote } from '../../components/Notice.js';
import { RESULT_COLUMNS } from './results.js';

interface Filters {
  q: string;
  dataset: string;
  schema: string;
  country: string[];
  topic: string[];
}

function filtersOf(query: URLSearchParams): Filters {
  return {
    q: query.get('q') ?? '',
    dataset: query.get('dataset') ?? '',
    schema: query.get('schema') ?? '',
    country: query.getAll('country'),
    topic: query.getAll('topic'),
  };
}

function go(f: Filters) {
  navigate(href('/search', { ...f }));
}

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export default function SearchView({ location }: ViewProps) {
  const filters = filtersOf(location.query);
  const key = location.query.toString();
  const [text, setText] = useState(filters.q);
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the address (key) is what the search is made of
  useEffect(() => {
    setText(filters.q);
    if (filters.q.trim() === '') {
      setAnswer(null);
      return;
    }
    const abort = new AbortController();
    setBusy(true);
    setError(null);
    search(
      {
        q: filters.q,
        dataset: filters.dataset,
        schema: filters.schema,
        countries: filters.country,
        topics: filters.topic,
        limit: 100,
      },
      abort.signal,
    )
      .then(setAnswer, (e: unknown) => {
        if (!abort.signal.aborted) setError(e);
      })
      .finally(() => setBusy(false));
    return () => abort.abort();
  }, [key]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...filters, q: text });
  };
  const facets = answer?.facets ?? {};
  return (
    <section className="search">
      <h1>Search the lists</h1>
      <search>
        <form onSubmit={submit} className="search-form">
          <label htmlFor="q">Name</label>
          <input
            id="q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="A name in any script: Ri Won Ho, 리원호, Путин…"
          />
          <button type="submit">Search</button>
        </form>
      </search>
      <ErrorNote error={error} />
      <div className="search-body">
        <aside aria-label="Filters" className="facets">
          <Facet
            name="datasets"
            label={facets.datasets?.label ?? 'Lists'}
            values={facets.datasets?.values ?? []}
            selected={filters.dataset ? [filters.dataset] : []}
            onToggle={(v) => go({ ...filters, dataset: filters.dataset === v ? '' : v })}
          />
          <Facet
            name="schema"
            label={facets.schema?.label ?? 'Types'}
            values={facets.schema?.values ?? []}
            selected={filters.schema ? [filters.schema] : []}
            onToggle={(v) => go({ ...filters, schema: filters.schema === v ? '' : v })}
          />
          <Facet
            name="countries"
            label={facets.countries?.label ?? 'Countries'}
            values={facets.countries?.values ?? []}
            selected={filters.country}
            onToggle={(v) => go({ ...filters, country: toggle(filters.country, v) })}
          />
          <Facet
            name="topics"
            label={facets.topics?.label ?? 'Topics'}
            values={facets.topics?.values ?? []}
            selected={filters.topic}
            onToggle={(v) => go({ ...filters, topic: toggle(filters.topic, v) })}
          />
        </aside>
        <div className="results" aria-busy={busy}>
          <p className="muted" aria-live="polite">
            {busy && 'Searching…'}
            {!busy &&
              answer &&
              `${answer.total.relation === 'gte' ? 'at least ' : ''}${answer.total.value} result(s)`}
          </p>
          {answer && (
            <DataTable
              caption={`Results for ${filters.q}`}
              columns={RESULT_COLUMNS}
              data={answer.results}
              rowId={(e) => e.id}
              empty="No entity matches this name."
            />
          )}
        </div>
      </div>
    </section>
  );
}
