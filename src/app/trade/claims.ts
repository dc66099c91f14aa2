/**
 * `dossier flags <case>`: the case's supply and payment claims read as shipment-like records, so
 * that the same red-flag rules run on what documents assert as on trade data. A supply claim is a
 * shipment from its subject to its object; a payment claim is the money side of one, so the payee
 * stands as shipper and the payer as consignee (goods go the other way from money). Each record
 * keeps its claim's id, and every flag is told back as the claims (document, page) it rests on.
 */
import type { Shipment, TradeParty } from '../../core/trade/index.js';
import type { CaseClaim } from '../documents/index.js';

/** Where a record built from a claim comes from. */
export interface ClaimLink {
  claim: string;
  kind: string;
  status: string;
  documentId: string | null;
  fileName: string | null;
  page: number | null;
}

const party = (name: string): TradeParty => ({
  name,
  address: null,
  phone: null,
  identifier: null,
  incorporated: null,
});

const first = (values: string[] | undefined) => values?.find((v) => v.trim() !== '') ?? null;

/** HS codes in the claim's properties, else in the mentions it rests on; digits only. */
function hsCodesOf(claim: CaseClaim): string[] {
  const written = [
    ...(claim.properties.hsCode ?? []),
    ...claim.places.filter((p) => p.kind === 'hs').map((p) => p.value || p.text),
  ];
  const codes = written.map((c) => c.replace(/\D/g, '')).filter((c) => c.length >= 4);
  return [...new Set(codes)];
}

export interface ClaimRecords {
  shipments: Shipment[];
  /** By record id. */
  links: Map<string, ClaimLink>;
  /** Supply and payment claims read, and those left out for lack of a counterparty. */
  read: number;
  skipped: string[];
}

/**
 * One record per supply or payment claim with both parties, one per HS code when a supply names
 * several (the CHPL rule reads one code a record); the id is the claim's, with `/<hs>` when split.
 */
export function recordsFromClaims(claims: readonly CaseClaim[]): ClaimRecords {
  const shipments: Shipment[] = [];
  const links = new Map<string, ClaimLink>();
  const skipped: string[] = [];
  let read = 0;
  for (const claim of claims) {
    if (claim.kind !== 'supply' && claim.kind !== 'payment') continue;
    read++;
    const subject = first(claim.properties.subjectName) ?? claim.subject;
    const object = first(claim.properties.objectName) ?? claim.object;
    if (!object) {
      skipped.push(claim.id);
      continue;
    }
    const [shipper, consignee] = claim.kind === 'supply' ? [subject, object] : [object, subject];
    const amount = Number(first(claim.properties.amount));
    const codes = hsCodesOf(claim);
    const place = claim.places[0];
    const link: ClaimLink = {
      claim: claim.id,
      kind: claim.kind,
      status: claim.status,
      documentId: place?.documentId ?? claim.evidence[0]?.documentId ?? null,
      fileName: place?.fileName ?? null,
      page: place?.page ?? null,
    };
    for (const hs of codes.length ? codes : [null]) {
      const id = codes.length > 1 ? `${claim.id}/${hs}` : claim.id;
      links.set(id, link);
      shipments.push({
        id,
        line: 0,
        date: first(claim.properties.date),
        shipper: party(shipper),
        consignee: party(consignee),
        notifyParty: null,
        hsCode: hs,
        goods: first(claim.properties.goods) ?? '',
        quantity: null,
        value: Number.isFinite(amount) && first(claim.properties.amount) ? amount : null,
        currency: first(claim.properties.currency)?.toUpperCase() ?? null,
        origin: null,
        destination: null,
        transit: [],
      });
    }
  }
  return { shipments, links, read, skipped };
}
