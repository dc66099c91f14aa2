/**
 * The document viewer (/app/cases/:case/documents/:doc?page=N&start=S&end=E): the page's picture
 * as the server rendered it with the mentions drawn as boxes, the page's text beside it with the
 * mentions and the requested span highlighted, the chosen mention's details, page navigation,
 * a search over the case, and the claims that rest on this document.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  type ClaimJson,
  caseClaims,
  caseDocument,
  type DocumentDetailJson,
  documentMentions,
  type MentionJson,
} from '../../api/documents.js';
import { href, navigate } from '../../app/router.js';
import type { ViewProps } from '../../app/routes.js';
import { Link } from '../../components/Link.js';
import { ErrorNote } from '../../components/Notice.js';
import { CaseSearch } from './CaseSearch.js';
import { ClaimsList } from './ClaimsList.js';
import { Legend } from './Legend.js';
import { viewerHref } from './links.js';
import { requestedPage, requestedSpan } from './marks.js';
import { MentionDetail } from './MentionDetail.js';
import { PageNav } from './PageNav.js';
import { PagePicture } from './PagePicture.js';
import { PageText, REQUESTED_ID } from './PageText.js';

interface Loaded {
  document: DocumentDetailJson;
  mentions: MentionJson[];
  claims: ClaimJson[];
}

export default function DocumentView({ params, location }: ViewProps) {
  const caseName = params.case!;
  const id = params.doc!;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setLoaded(null);
    setError(null);
    // The address may hold a short ID; mentions are asked for by the full one the document has.
    const doc = caseDocument(caseName, id);
    Promise.all([
      doc,
      doc.then((d) => documentMentions(caseName, d.id)),
      // Claims are a help, not the page: a case without them still shows its documents.
      caseClaims(caseName).catch(() => [] as ClaimJson[]),
    ]).then(
      ([document, mentions, claims]) => live && setLoaded({ document, mentions, claims }),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [caseName, id]);
  return (
    <article className="document-viewer">
      <header className="viewer-header">
        <p className="muted">
          <Link href={href(`/cases/${encodeURIComponent(caseName)}`)}>Back to case {caseName}</Link>
        </p>
        <h1>{loaded ? loaded.document.file_name : `Document ${id.slice(0, 12)}`}</h1>
        <CaseSearch caseName={caseName} />
      </header>
      <ErrorNote error={error} />
      {!loaded && !error && <p className="loading">Loading the document…</p>}
      {loaded && <DocumentBody caseName={caseName} loaded={loaded} query={location.query} />}
    </article>
  );
}

function DocumentBody({
  caseName,
  loaded,
  query,
}: {
  caseName: string;
  loaded: Loaded;
  query: URLSearchParams;
}) {
  const { document: doc, mentions, claims } = loaded;
  const pageCount = Math.max(doc.pages, doc.page_texts.length);
  const pageNo = requestedPage(query, pageCount);
  const span = requestedSpan(query);
  const page = doc.page_texts.find((p) => p.page === pageNo) ?? null;
  const onPage = useMemo(() => mentions.filter((m) => m.page === pageNo), [mentions, pageNo]);
  const byId = useMemo(() => new Map(mentions.map((m) => [m.id, m])), [mentions]);
  const [selected, setSelected] = useState<string | null>(null);
  const [selectedOn, setSelectedOn] = useState(pageNo);
  // A mention chosen on another page is not shown on this one.
  if (selectedOn !== pageNo) {
    setSelectedOn(pageNo);
    setSelected(null);
  }
  // Bring the requested span into view once its page's text is on screen.
  const spanKey = span ? `${pageNo}:${span.start}-${span.end}` : null;
  useEffect(() => {
    // Within the text's own scroll box: the header with the search hits stays where it is.
    const mark = spanKey ? document.getElementById(REQUESTED_ID) : null;
    const box = mark?.closest<HTMLElement>('.page-text');
    if (mark && box) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, [spanKey]);
  const hasPicture = doc.media_type === 'application/pdf' || doc.media_type.startsWith('image/');
  const goTo = (n: number) => navigate(viewerHref(caseName, doc.id, n));

  if (doc.status === 'failed') {
    return (
      <section className="failed" aria-labelledby="h-failed">
        <h2 id="h-failed">This document could not be read</h2>
        <p role="alert" className="error">
          {doc.failure?.message ?? 'no reason was recorded'}
          {doc.failure?.reason && (
            <>
              {' '}
              ({doc.failure.reason}, while {doc.failure.stage})
            </>
          )}
        </p>
        <Facts doc={doc} />
      </section>
    );
  }
  return (
    <>
      <Facts doc={doc} />
      {pageCount > 0 && <PageNav page={pageNo} pages={pageCount} onGo={goTo} />}
      {!page ? (
        <p className="muted">
          {doc.status === 'pending'
            ? 'This document has not been read yet.'
            : `No text for page ${pageNo}.`}
        </p>
      ) : (
        <div className={hasPicture ? 'viewer-grid' : 'viewer-grid text-only'}>
          {hasPicture && (
            <section aria-label="Page picture">
              <PagePicture
                caseName={caseName}
                documentId={doc.id}
                fileName={doc.file_name}
                mediaType={doc.media_type}
                page={page}
                mentions={onPage}
                selected={selected}
                onSelect={setSelected}
              />
            </section>
          )}
          <section aria-labelledby="h-text">
            <h2 id="h-text">
              Text of page {pageNo}{' '}
              <span className="muted small">
                ({page.method === 'ocr' ? `OCR, ${page.language ?? '?'}` : 'text layer'}
                {page.confidence !== null && `, confidence ${page.confidence.toFixed(2)}`})
              </span>
            </h2>
            <Legend mentions={onPage} requested={span !== null} />
            <PageText
              text={page.text}
              mentions={onPage}
              requested={span}
              selected={selected}
              onSelect={setSelected}
            />
          </section>
          <aside>
            <MentionDetail mention={selected ? (byId.get(selected) ?? null) : null} />
            <ClaimsList caseName={caseName} documentId={doc.id} claims={claims} mentions={byId} />
          </aside>
        </div>
      )}
    </>
  );
}

/** What the document is, in one line: its type, status, pages and short ID. */
function Facts({ doc }: { doc: DocumentDetailJson }) {
  const pages = `${doc.pages} page${doc.pages === 1 ? '' : 's'}`;
  return (
    <p className="muted small doc-facts">
      {doc.media_type} · {doc.status} · {pages} · ID <code>{doc.id.slice(0, 12)}</code>
    </p>
  );
}
