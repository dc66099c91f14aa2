/**
 * Search across the loaded lists and the documents of every case: a name in any script, list
 * entries filtered by dataset, type, country and topic with facet counts from /search, and pages
 * of documents (from /search/documents) filtered by case, each opening the viewer at its span.
 * Everything the search is made of is in the address (the tab too), so a search can be
 * bookmarked, shared and gone back to.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { search } from '../../api/client.js';
import { type DocumentSearchAnswer, searchDocuments } from '../../api/review.js';
import type { SearchAnswer } from '../../api/types.js';
import type { ViewProps } from '../../app/routes.js';
import { href, navigate } from '../../app/router.js';
import { DataTable } from '../../components/DataTable.js';
import { Facet } from '../../components/Facets.js';
import { ErrorNote } from '../../components/Notice.js';
import { Tabs } from '../../components/Tabs.js';
import { DocumentHits } from './DocumentHits.js';
import { RESULT_COLUMNS } from './results.js';

interface Filters {
  q: string;
  dataset: string;
  schema: string;
  country: string[];
  topic: string[];
  /** The documents' case filter. */
  case: string[];
  /** The tab shown: the lists' entries, or the cases' documents. */
  in: string;
}

function filtersOf(query: URLSearchParams): Filters {
  return {
    q: query.get('q') ?? '',
    dataset: query.get('dataset') ?? '',
    schema: query.get('schema') ?? '',
    country: query.getAll('country'),
    topic: query.getAll('topic'),
    case: query.getAll('case'),
    in: query.get('in') === 'documents' ? 'documents' : '',
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
  const documents = useDocuments(filters);

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
  const tab = filters.in === 'documents' ? 'documents' : 'lists';
  const listCount = answer
    ? ` (${answer.total.relation === 'gte' ? '≥' : ''}${answer.total.value})`
    : '';
  const pageCount = documents.answer ? ` (${documents.answer.results.length})` : '';
  return (
    <section className="search">
      <h1>Search lists and cases</h1>
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
      <Tabs
        name="search"
        label="Search in"
        tabs={[
          { id: 'lists', label: `List entries${listCount}` },
          { id: 'documents', label: `Case documents${pageCount}` },
        ]}
        selected={tab}
        onSelect={(id) => go({ ...filters, in: id === 'documents' ? 'documents' : '' })}
      >
        {tab === 'lists' ? (
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
        ) : (
          <DocumentResults
            filters={filters}
            state={documents}
            onCases={(cases) => go({ ...filters, case: cases })}
          />
        )}
      </Tabs>
    </section>
  );
}

interface DocumentsState {
  answer: DocumentSearchAnswer | null;
  error: unknown;
  busy: boolean;
}

/** The documents' search, run with the lists' one so that its tab can show a count. */
function useDocuments(filters: Filters): DocumentsState {
  const [state, setState] = useState<DocumentsState>({ answer: null, error: null, busy: false });
  const key = `${filters.q}\u0000${filters.case.join('\u0000')}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query and cases (key) are what it is made of
  useEffect(() => {
    if (filters.q.trim() === '') {
      setState({ answer: null, error: null, busy: false });
      return;
    }
    const abort = new AbortController();
    setState((s) => ({ ...s, busy: true, error: null }));
    searchDocuments({ q: filters.q, cases: filters.case, limit: 50 }, abort.signal).then(
      (answer) => setState({ answer, error: null, busy: false }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ answer: null, error, busy: false });
      },
    );
    return () => abort.abort();
  }, [key]);
  return state;
}

function DocumentResults(props: {
  filters: Filters;
  state: DocumentsState;
  onCases(cases: string[]): void;
}) {
  const { filters, state, onCases } = props;
  const facet = state.answer?.facets.case;
  return (
    <div className="search-body">
      <aside aria-label="Document filters" className="facets">
        <Facet
          name="case"
          label={facet?.label ?? 'Cases'}
          values={facet?.values ?? []}
          selected={filters.case}
          onToggle={(v) => onCases(toggle(filters.case, v))}
        />
      </aside>
      <div className="results" aria-busy={state.busy}>
        <p className="muted" aria-live="polite">
          {state.busy && 'Searching the documents…'}
          {!state.busy && state.answer && `${state.answer.results.length} page(s)`}
        </p>
        <ErrorNote error={state.error} />
        {state.answer && <DocumentHits hits={state.answer.results} query={filters.q} />}
      </div>
    </div>
  );
}
