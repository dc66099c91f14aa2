/** What a chosen mention is: its kind, text, value, extractor, confidence, and the list entity it names. */
import type { MentionJson } from '../../api/documents.js';
import { href } from '../../app/router.js';
import { Link } from '../../components/Link.js';
import { groupOf } from './marks.js';

export function MentionDetail({ mention }: { mention: MentionJson | null }) {
  return (
    <section className="mention-detail" aria-labelledby="h-mention" aria-live="polite">
      <h2 id="h-mention">Mention</h2>
      {!mention ? (
        <p className="muted">Choose a box on the picture or a highlight in the text.</p>
      ) : (
        <dl className="facts">
          <dt>Kind</dt>
          <dd>
            <span className={`swatch kind-${groupOf(mention.kind)}`} aria-hidden="true" />
            {mention.kind}
          </dd>
          <dt>Text</dt>
          <dd>{mention.text}</dd>
          {mention.value !== mention.text && (
            <>
              <dt>Value</dt>
              <dd>
                <code>{mention.value}</code>
              </dd>
            </>
          )}
          <dt>Extractor</dt>
          <dd>
            <code>{mention.extractor}</code>
          </dd>
          <dt>Confidence</dt>
          <dd>{mention.confidence === null ? 'not given' : mention.confidence.toFixed(2)}</dd>
          <dt>Place</dt>
          <dd>
            page {mention.page}, characters {mention.start}–{mention.end}
          </dd>
          {groupOf(mention.kind) === 'party' && (
            <>
              <dt>List entity</dt>
              <dd>
                {mention.link ? (
                  <Link href={href(`/entities/${encodeURIComponent(mention.link.entity_id)}`)}>
                    {mention.link.entity_id}
                  </Link>
                ) : (
                  <span className="muted">none linked</span>
                )}
                {mention.link && ` (score ${mention.link.score.toFixed(2)})`}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
