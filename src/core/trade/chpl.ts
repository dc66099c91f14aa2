/**
 * The Common High Priority List (CHPL): the HS-6 codes that the US (BIS), the EU, the UK and Japan
 * named in 2023-2024 as the items Russia seeks for its weapons, in tiers from the most critical
 * (1: integrated circuits) to manufacturing equipment (4). A shipment's code is matched by its
 * first six digits; a shorter code (a 4-digit heading) only says that the heading holds CHPL
 * items, which is worth a look but is no match.
 *
 * Source of the built-in table: BIS, "Common High Priority Items List", version of 23 February
 * 2024 (https://www.bis.gov/licensing/country-guidance/common-high-priority-items-list-chpl),
 * 50 HS-6 codes. The EU's legal copy is Annex XL to Council Regulation (EU) No 833/2014 (CN codes).
 * A newer list is read with `readChplCsv` (columns `hs6,tier`) or `readChplJson`.
 */

export type ChplTier = '1' | '2' | '3.A' | '3.B' | '4.A' | '4.B';

export interface ChplTable {
  /** The list's publication day. */
  published: string;
  /** HS-6 code to tier. */
  codes: ReadonlyMap<string, ChplTier>;
}

export const CHPL_TIERS: Record<ChplTier, string> = {
  '1': 'integrated circuits critical to Russian precision-guided weapons',
  '2': 'electronics Russia prefers to source abroad',
  '3.A': 'electronic components found in Russian weapons',
  '3.B': 'mechanical and other components found in Russian weapons',
  '4.A': 'equipment to make and test electronic components',
  '4.B': 'CNC machine tools and their parts',
};

const BUILT_IN: Record<ChplTier, string> = {
  '1': '854231 854232 854233 854239',
  '2': '851762 852691 853221 853224 854800',
  '3.A':
    '847150 850440 851769 852589 852910 852990 853669 853690 854110 854121 854129 854130 ' +
    '854149 854151 854159 854160',
  '3.B': '848210 848220 848230 848250 880730 901310 901380 901420 901480',
  '4.A': '847180 848610 848620 848640 853400 854320 902750 903020 903032 903039 903082',
  '4.B': '845710 845811 845891 845961 846693',
};

function isTier(value: string): value is ChplTier {
  return Object.hasOwn(CHPL_TIERS, value);
}

function table(published: string, entries: Iterable<[string, string]>): ChplTable {
  const codes = new Map<string, ChplTier>();
  for (const [code, tier] of entries) {
    const hs6 = code.trim();
    if (!/^\d{6}$/.test(hs6)) throw new Error(`CHPL: "${code}" is not an HS-6 code`);
    if (!isTier(tier.trim())) throw new Error(`CHPL: "${tier}" is not a tier (1, 2, 3.A ... 4.B)`);
    codes.set(hs6, tier.trim() as ChplTier);
  }
  return { published, codes };
}

/** The list of 23 February 2024, as published by BIS. */
export const CHPL_2024_02_23: ChplTable = table(
  '2024-02-23',
  Object.entries(BUILT_IN).flatMap(([tier, codes]) =>
    codes.split(' ').map((code) => [code, tier] as [string, string]),
  ),
);

/** `hs6,tier` lines under a header. */
export function readChplCsv(text: string, published: string): ChplTable {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return table(
    published,
    lines.slice(1).map((l) => l.split(',').map((v) => v.trim()) as [string, string]),
  );
}

/** `{"publication_date": ..., "tiers": {"1": {"hs6": [...]}, ...}}`. */
export function readChplJson(text: string): ChplTable {
  const data = JSON.parse(text) as {
    publication_date?: string;
    tiers?: Record<string, { hs6?: string[] }>;
  };
  const entries = Object.entries(data.tiers ?? {}).flatMap(([tier, { hs6 = [] }]) =>
    hs6.map((code) => [code, tier] as [string, string]),
  );
  return table(data.publication_date ?? 'unknown', entries);
}

export type ChplMatch =
  | { kind: 'listed'; hs6: string; tier: ChplTier }
  /** A heading (4 digits) under which these CHPL codes fall. */
  | { kind: 'heading'; heading: string; codes: { hs6: string; tier: ChplTier }[] };

/** Where a shipment's HS code stands on the list, or null when it is off it. */
export function chplMatch(chpl: ChplTable, hsCode: string | null): ChplMatch | null {
  if (!hsCode || hsCode.length < 4) return null;
  if (hsCode.length >= 6) {
    const hs6 = hsCode.slice(0, 6);
    const tier = chpl.codes.get(hs6);
    return tier ? { kind: 'listed', hs6, tier } : null;
  }
  const codes = [...chpl.codes]
    .filter(([code]) => code.startsWith(hsCode))
    .map(([hs6, tier]) => ({ hs6, tier }));
  return codes.length > 0 ? { kind: 'heading', heading: hsCode, codes } : null;
}
