/**
 * Exposure under the US, EU and UK rules: a verdict and share per rule, and each chain of
 * ownership from a listed party written out as text (owner → share → owned, with the source of
 * each step). Without ownership data the section says so and gives no verdict.
 */
import type { ChainEdge, ExposureAnswer, JurisdictionExposure } from './api.js';
import { fractionText, shareText, SourceText } from './sources.js';

const RULES = [
  ['us', 'United States', 'OFAC 50% rule: blocked owners’ shares added, 50% or more'],
  ['eu', 'European Union', '50% or more held by listed owners together, or control'],
  ['uk', 'United Kingdom', 'more than 50% held by one listed owner, or control'],
] as const;

const STATE_LABEL = {
  no_ownership_data: 'No ownership data loaded',
  not_in_network: 'Not named in the ownership data',
} as const;

export function verdict(j: JurisdictionExposure): string {
  if (j.listed) return 'Listed';
  if (j.exposed === true) return 'Exposed';
  if (j.exposed === null) return j.status === 'possibly' ? 'Possibly exposed' : 'Unknown';
  return j.controlled ? 'Controlled by a listed party' : 'Not exposed';
}

function share(j: JurisdictionExposure): string {
  if (j.share !== null) return fractionText(j.share);
  return `${fractionText(j.range.low)}–${fractionText(j.range.high)}`;
}

function Step({ edge }: { edge: ChainEdge }) {
  const held = shareText({
    percentage: edge.percentage,
    low: edge.percentageLow,
    high: edge.percentageHigh,
  });
  return (
    <li>
      {edge.sourceCaption} → {edge.type === 'ownership' ? held : edge.type} → {edge.targetCaption}{' '}
      <span className="muted">
        (<SourceText source={edge.provenance} />)
      </span>
    </li>
  );
}

function Chains({ rule, j }: { rule: string; j: JurisdictionExposure }) {
  if (j.chains.length === 0) return null;
  const n = j.chains.length;
  return (
    <details className="chains">
      <summary>
        {rule}: {n} chain{n === 1 ? '' : 's'} of ownership
      </summary>
      {j.chains.map((chain) => (
        <ol key={chain.edges.map((e) => e.id).join('/')} aria-label={`Chain under ${rule}`}>
          {chain.edges.map((edge) => (
            <Step key={edge.id} edge={edge} />
          ))}
        </ol>
      ))}
    </details>
  );
}

export function ExposureSection({ answer }: { answer: ExposureAnswer }) {
  const found = answer.jurisdictions;
  return (
    <section aria-labelledby="h-exposure">
      <h2 id="h-exposure">Exposure through ownership</h2>
      {!found || answer.state !== 'computed' ? (
        <p className="notice" data-state={answer.state}>
          <strong>{STATE_LABEL[answer.state as keyof typeof STATE_LABEL]}</strong>: {answer.detail}.
          No verdict is given.
        </p>
      ) : (
        <>
          <table className="data exposure">
            <caption className="visually-hidden">Exposure under each jurisdiction's rule</caption>
            <thead>
              <tr>
                <th scope="col">Jurisdiction</th>
                <th scope="col">Verdict</th>
                <th scope="col">Share held by listed owners</th>
                <th scope="col">Rule</th>
              </tr>
            </thead>
            <tbody>
              {RULES.map(([code, name, rule]) => (
                <tr key={code} data-jurisdiction={code}>
                  <th scope="row">{name}</th>
                  <td>{verdict(found[code])}</td>
                  <td>{found[code].listed ? '—' : share(found[code])}</td>
                  <td className="muted">{rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {RULES.map(([code, name]) => (
            <Chains key={code} rule={name} j={found[code]} />
          ))}
        </>
      )}
    </section>
  );
}
