/** Which colour means which kind of mention, for the kinds on this page, and the requested span. */
import type { MentionJson } from '../../api/documents.js';
import { groupOf, KIND_GROUPS } from './marks.js';

export function Legend({
  mentions,
  requested,
}: {
  mentions: readonly MentionJson[];
  requested: boolean;
}) {
  const present = new Set(mentions.map((m) => groupOf(m.kind)));
  const groups = KIND_GROUPS.filter((g) => present.has(g.group));
  if (present.has('other')) groups.push({ group: 'other', label: 'Other', kinds: [] });
  if (groups.length === 0 && !requested) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {requested && (
        <li>
          <span className="swatch legend-requested" aria-hidden="true" />
          span asked for
        </li>
      )}
      {groups.map((g) => (
        <li key={g.group}>
          <span className={`swatch kind-${g.group}`} aria-hidden="true" />
          {g.label}
        </li>
      ))}
    </ul>
  );
}
