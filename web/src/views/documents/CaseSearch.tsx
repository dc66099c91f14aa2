/**
 * Full-text search over a case's pages (GET /cases/{case}/search): each hit with its document,
 * page and snippets, the matched words marked; a snippet opens the viewer at its page with its
 * span highlighted. Exported for the case workspace as well as the viewer's header.
 */
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type CaseHitJson, type SnippetJson, searchCase } from '../../api/documents.js';
import { Link } from '../../components/Link.js';
import { ErrorNote } from '../../components/Notice.js';
import { viewerHref } from './links.js';

export function CaseSearch({
  caseName,
  label = 'Search this case',
}: {
  caseName: string;
  label?: string;
}) {
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [hits, setHits] = useState<CaseHitJson[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const running = useRef<AbortController | null>(null);
  // The workspace may show the box beside others: its field's id is its own.
  const field = useId();
  useEffect(() => () => running.current?.abort(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(null);
    setAsked(q);
    searchCase(caseName, q, controller.signal).then(setHits, (e) => {
      if (!controller.signal.aborted) setError(e);
    });
  };
  return (
    <search className="case-search">
      <form onSubmit={submit} className="search-form">
        <label htmlFor={field}>{label}</label>
        <input
          id={field}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="a name, an INN, a sum…"
        />
        <button type="submit">Find</button>
      </form>
      <ErrorNote error={error} />
      {hits && asked && <CaseHits caseName={caseName} query={asked} hits={hits} />}
    </search>
  );
}

export function CaseHits({
  caseName,
  query,
  hits,
}: {
  caseName: string;
  query: string;
  hits: CaseHitJson[];
}) {
  if (hits.length === 0) return <p className="muted">No page of this case holds “{query}”.</p>;
  return (
    <ol className="case-hits" aria-label={`Pages holding “${query}”`}>
      {hits.map((hit) => (
        <li key={`${hit.document_id}:${hit.page}`}>
          <span className="hit-title">
            {hit.file_name}, page {hit.page}
          </span>
          {hit.snippets.length === 0 ? (
            <Link href={viewerHref(caseName, hit.document_id, hit.page, spanOf(hit))}>
              open page {hit.page} (matched in transliteration)
            </Link>
          ) : (
            <ul>
              {hit.snippets.map((s) => (
                <li key={s.start}>
                  <Link href={viewerHref(caseName, hit.document_id, hit.page, snippetSpan(s))}>
                    <Snippet snippet={s} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The hit's first span in the page's text, if it has one. */
function spanOf(hit: CaseHitJson) {
  const first = hit.spans[0];
  return first ? { start: first[0], end: first[1] } : null;
}

/** A snippet's first highlight, as offsets into the page's text. */
export function snippetSpan(s: SnippetJson) {
  const first = s.highlights[0];
  return first ? { start: s.start + first[0], end: s.start + first[1] } : null;
}

function Snippet({ snippet }: { snippet: SnippetJson }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [a, b] of snippet.highlights) {
    if (a > at) parts.push(snippet.text.slice(at, a));
    parts.push(<mark key={a}>{snippet.text.slice(a, b)}</mark>);
    at = b;
  }
  parts.push(snippet.text.slice(at));
  return <span className="snippet">…{parts}…</span>;
}
