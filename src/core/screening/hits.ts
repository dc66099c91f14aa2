/**
 * From match results to hits, and from hits to the output's lines: JSON lines
 * `{row, key, entity_id, caption, score, explanations, datasets}`, and the same columns for CSV and
 * XLSX with the explanations as compact JSON text.
 */
import type { MatchOutcome } from '../matching/index.js';
import { entityDigest } from './keys.js';
import type { Batch, ExposureFinding, Hit, HitExposure, RowExposure } from './types.js';

export const OUTPUT_COLUMNS = [
  'row',
  'key',
  'entity_id',
  'caption',
  'score',
  'explanations',
  'datasets',
  // Added last, so that the earlier columns keep their positions.
  'exposure',
  // The row's own party exposed through ownership: filled on its own line, never on a hit's.
  'row_exposure',
];

/** Digests by entity object: the matcher hands out the same objects, so each is hashed once. */
export function digestCache(): (entity: Parameters<typeof entityDigest>[0]) => string {
  const cache = new WeakMap<object, string>();
  return (entity) => {
    let digest = cache.get(entity);
    if (digest === undefined) {
      digest = entityDigest(entity);
      cache.set(entity, digest);
    }
    return digest;
  };
}

/** A hit as the matcher finds it, before it is tied to a row and a party. */
export type FoundHit = Omit<Hit, 'row' | 'partyKey' | 'key'>;

export function foundHits(
  outcome: MatchOutcome,
  digest: ReturnType<typeof digestCache>,
): FoundHit[] {
  return outcome.results
    .filter((r) => r.match)
    .map((r) => ({
      entityId: r.entity.id,
      caption: r.entity.caption,
      schema: r.entity.schema,
      score: r.score,
      explanations: r.explanations,
      datasets: r.entity.datasets,
      entityDigest: digest(r.entity),
    }));
}

export function hitsOf(
  row: number,
  partyKey: string,
  found: readonly FoundHit[],
  key: string | null = null,
): Hit[] {
  return found.map((h) => ({ row, key, partyKey, ...h }));
}

export function hitJson(hit: Hit) {
  return {
    row: hit.row,
    key: hit.key ?? null,
    entity_id: hit.entityId,
    caption: hit.caption,
    score: hit.score,
    explanations: hit.explanations,
    datasets: hit.datasets,
    // Only when known: lines of hits without it stay as they were.
    ...(hit.exposure ? { exposure: hit.exposure } : {}),
  };
}

export function hitJsonLine(hit: Hit): string {
  return `${JSON.stringify(hitJson(hit))}\n`;
}

/** The output's cells for CSV and XLSX, in OUTPUT_COLUMNS order. */
export function hitCells(hit: Hit): (string | number)[] {
  const text = [
    hit.key ?? '',
    hit.entityId,
    hit.caption,
    JSON.stringify(hit.explanations),
    hit.datasets.join(','),
  ];
  const [key, id, caption, explanations, datasets] = text.map(defuseFormula);
  const exposure = exposureText(hit.exposure);
  return [hit.row, key!, id!, caption!, hit.score, explanations!, datasets!, exposure, ''];
}

/**
 * A row's own exposure as its output line: JSON `{row, key, row_exposure: {...}}` (no entity_id,
 * no score: it is no name match), or CSV/XLSX cells with only `row`, `key` and `row_exposure`.
 */
export function rowExposureJson(r: RowExposure) {
  return {
    row: r.row,
    key: r.key ?? null,
    row_exposure: {
      node: r.node,
      caption: r.caption,
      resolved_by: r.resolvedBy,
      exposure: r.exposure,
      chains: r.chains,
    },
  };
}

/** `us:exposed 60%; ... via Listed Holding > Kestrel > Quiet Customer (node cust-9, by id)`. */
export function rowExposureText(r: RowExposure): string {
  const first = Object.values(r.chains).find((c) => c.length > 0)?.[0];
  const via = first ? ` via ${first.captions.join(' > ')}` : '';
  return `${exposureText(r.exposure)}${via} (node ${r.node}, by ${r.resolvedBy})`;
}

export function rowExposureCells(r: RowExposure): (string | number)[] {
  const [key, text] = [r.key ?? '', rowExposureText(r)].map(defuseFormula);
  return [r.row, key!, '', '', '', '', '', '', text!];
}

const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

function findingText(finding: ExposureFinding): string {
  if (finding.share !== null && finding.share > 0)
    return `${finding.status} ${percent(finding.share)}`;
  const { range } = finding;
  if (finding.share === null && range && range.high > 0) {
    return `${finding.status} ${percent(range.low)}-${percent(range.high)}`;
  }
  return finding.status;
}

/**
 * Exposure as one short cell: `us:exposed 60%; eu:exposed 60%; uk:not-exposed`, empty when the
 * hit has none. Control is said as `+control`.
 */
export function exposureText(exposure: HitExposure | null | undefined): string {
  if (!exposure) return '';
  return Object.entries(exposure)
    .map(([j, f]) => `${j}:${findingText(f)}${f.controlled ? ' +control' : ''}`)
    .join('; ');
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula; list entries, portfolios and
 * reviewers' names are outside data, so such text gets a leading apostrophe (OWASP's advice
 * against CSV injection). Text that already starts with one gets another, so that removing one
 * leading apostrophe always gives the text back: the audit CSV's hashes must be recomputable.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

/** The text a defused cell held: one leading apostrophe removed. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

export function csvLine(cells: readonly (string | number)[]): string {
  const quoted = cells.map((cell) => {
    const text = String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  });
  return `${quoted.join(',')}\r\n`;
}

/** What the audit trail keeps of a batch: every row's query and its hits. */
export function batchAuditPayload(runId: string, batch: Batch) {
  return {
    run: runId,
    cursor: batch.cursor,
    rows: batch.rows.map((r) => ({
      row: r.row,
      key: r.key ?? null,
      party: r.partyKey,
      query: r.example,
      hits: r.hits.map((h) => ({ entity_id: h.entityId, score: h.score, digest: h.entityDigest })),
      suppressed: r.suppressed.map((s) => ({ entity_id: s.hit.entityId, decision: s.decisionId })),
      // Only on a flagged row: earlier rows' records stay as they were.
      ...(r.exposure
        ? { exposure: { node: r.exposure.node, by: r.exposure.resolvedBy, ...r.exposure.exposure } }
        : {}),
    })),
    issues: batch.issues.map((i) => ({ row: i.row, message: i.message, screened: i.screened })),
  };
}
