/** How an edge's source and share read on the page, and links to other views. */
import { href } from '../../app/router.js';
import { Link } from '../../components/Link.js';
import type { EdgeSource } from './api.js';

export const entityHref = (id: string) => href(`/entities/${encodeURIComponent(id)}`);
export const networkHref = (id: string) => href(`/network/${encodeURIComponent(id)}`);

/** A share as a percentage: "60%", or its range "25–50%" when only that is known, or "?". */
export function shareText(p: {
  percentage: number | null;
  low: number | null;
  high: number | null;
}): string {
  if (p.percentage !== null) return `${p.percentage}%`;
  if (p.low !== null || p.high !== null) return `${p.low ?? 0}–${p.high ?? 100}%`;
  return 'share unknown';
}

/** A fraction of one as a percentage ("0.6" → "60%"). */
export const fractionText = (f: number) => `${Math.round(f * 10000) / 100}%`;

/** The source of an edge: the list and statement, or the document that mentions it (a link). */
export function SourceText({ source }: { source: EdgeSource }) {
  if (source.kind === 'statement') {
    return (
      <span className="source">
        source: {source.dataset}, statement <code>{source.statementId}</code>
      </span>
    );
  }
  const doc = `/cases/${encodeURIComponent(source.caseName)}/documents/${encodeURIComponent(source.documentId)}`;
  return (
    <span className="source">
      source: <Link href={href(doc)}>document in case {source.caseName}</Link>
    </span>
  );
}
