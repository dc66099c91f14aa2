/**
 * Document hits of the search across cases: each page found with its case, document and page,
 * and its snippets with the query highlighted; each snippet opens the document viewer at its page
 * with that span highlighted.
 */
import type { DocumentHitJson } from '../../api/review.js';
import { href } from '../../app/router.js';
import { Link } from '../../components/Link.js';
import { documentHref, snippetParts, snippetSpan } from './documents.js';

export function DocumentHits({ hits, query }: { hits: DocumentHitJson[]; query: string }) {
  if (hits.length === 0) {
    return <p className="muted">No page of a case's documents holds “{query}”.</p>;
  }
  return (
    <ol className="document-hits" aria-label={`Pages holding ${query}`}>
      {hits.map((hit) => {
        const first = hit.spans[0];
        return (
          <li key={`${hit.case}:${hit.document_id}:${hit.page}`}>
            <p className="document-hit-title">
              <Link href={href(`/cases/${encodeURIComponent(hit.case)}`)}>{hit.case}</Link>
              {' › '}
              {first ? (
                <Link href={documentHref(hit, first)}>
                  {hit.file_name || hit.document_id.slice(0, 12)}, page {hit.page}
                </Link>
              ) : (
                `${hit.file_name}, page ${hit.page}`
              )}
            </p>
            {hit.snippets.map((snippet) => {
              const span = snippetSpan(snippet);
              const text = snippetParts(snippet).map((part, i) =>
                part.marked ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed for a snippet
                  <mark key={i}>{part.text}</mark>
                ) : (
                  part.text
                ),
              );
              return (
                <blockquote key={snippet.start} className="snippet">
                  {span ? <Link href={documentHref(hit, span)}>…{text}…</Link> : text}
                </blockquote>
              );
            })}
          </li>
        );
      })}
    </ol>
  );
}
