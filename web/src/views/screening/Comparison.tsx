/**
 * A hit's two sides: what the portfolio row said and what the list entry says, feature by
 * feature as the matcher compared them, with each feature's score, weight and detail.
 */
import type { EntityJson, HitJson } from '../../api/types.js';
import { Score } from '../../components/Notice.js';

const SHOWN = ['name', 'alias', 'birthDate', 'nationality', 'country', 'innCode', 'program'];

export function Comparison({ hit, candidate }: { hit: HitJson; candidate: EntityJson | null }) {
  const features = Object.entries(hit.explanations);
  return (
    <div className="comparison">
      <table className="data side-by-side">
        <caption>
          Score <Score value={hit.score} /> on {hit.datasets.join(', ')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">
              Query (portfolio row {hit.row}
              {hit.key ? `, ${hit.key}` : ''})
            </th>
            <th scope="col">Candidate ({hit.entity_id})</th>
            <th scope="col">Score × weight</th>
          </tr>
        </thead>
        <tbody>
          {features.map(([name, e]) => (
            <tr key={name}>
              <th scope="row">{name.replaceAll('_', ' ')}</th>
              <td>{e.query ?? '—'}</td>
              <td>{e.candidate ?? '—'}</td>
              <td>
                {e.score.toFixed(2)} × {e.weight}
                <div className="muted small">{e.detail}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {candidate && (
        <dl className="facts candidate">
          {SHOWN.filter((p) => candidate.properties[p]?.length).map((p) => (
            <div key={p}>
              <dt>{p}</dt>
              <dd>
                {(candidate.properties[p] ?? []).filter((v) => typeof v === 'string').join('; ')}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
