/**
 * What this document asserts (claims whose evidence is in it), each with its evidence: a mention
 * in this document opens its page with its span highlighted.
 */
import type { ClaimJson, MentionJson } from '../../api/documents.js';
import { Link } from '../../components/Link.js';
import { viewerHref } from './links.js';

export function ClaimsList({
  caseName,
  documentId,
  claims,
  mentions,
}: {
  caseName: string;
  documentId: string;
  claims: readonly ClaimJson[];
  mentions: ReadonlyMap<string, MentionJson>;
}) {
  const mine = claims.filter((c) => c.evidence.some((e) => e.document_id === documentId));
  return (
    <section aria-labelledby="h-claims">
      <h2 id="h-claims">Claims in this document</h2>
      {mine.length === 0 ? (
        <p className="muted">No claim rests on this document.</p>
      ) : (
        <ul className="claims">
          {mine.map((c) => (
            <li key={c.id}>
              <strong>{c.kind}</strong>: {nameOf(c, 'subjectName', c.subject)}
              {c.object && <> → {nameOf(c, 'objectName', c.object)}</>}{' '}
              <span className="muted">({c.status})</span>
              {summary(c) && <span className="small"> {summary(c)}</span>}
              <ul className="evidence">
                {c.evidence.map((e) => {
                  const m = e.document_id === documentId ? mentions.get(e.mention_id) : undefined;
                  return (
                    <li key={`${e.document_id}:${e.mention_id}`}>
                      {m ? (
                        <Link href={viewerHref(caseName, documentId, m.page, m)}>
                          {m.kind} “{m.text}”, page {m.page}
                        </Link>
                      ) : (
                        <Link href={viewerHref(caseName, e.document_id)}>
                          {e.mention_id} in another document
                        </Link>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function nameOf(c: ClaimJson, prop: string, fallback: string) {
  return c.properties[prop]?.[0] ?? fallback;
}

/** The claim's date, amount and currency, where it has them. */
function summary(c: ClaimJson): string {
  const p = c.properties;
  const money = p.amount?.[0] ? `${p.amount[0]} ${p.currency?.[0] ?? ''}`.trim() : '';
  return [p.date?.[0], money, p.role?.[0], p.contract?.[0]].filter(Boolean).join(', ');
}
