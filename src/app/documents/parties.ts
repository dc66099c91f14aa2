/**
 * The parties of a case, as xref screens them: organisation and person mentions grouped by their
 * normalised value (one party, all its mentions), each with the registry identifiers written near
 * it on the same page, so that the matcher can weigh an INN or OGRN and not only a name. A
 * person named in another case ("Иванову И. И.") joins the party written in the masculine
 * nominative with the same initials ("Иванов И. И."), when the case has one (samePersons).
 */
import { createHash } from 'node:crypto';
import { samePersons } from '../../core/extraction/index.js';
import type { CaseMention } from './mentions.js';

/** Mention kinds that name a party, and the schema each is screened as. */
const PARTY_SCHEMA: Record<string, string> = { org: 'Organization', person: 'Person' };
const PARTY_KINDS = new Set(['org', 'person', 'party']);

/**
 * Identifier kinds (src/core/extraction/identifiers) and the FollowTheMoney property the lists
 * keep them in (OFAC's "Tax ID No. ... (Russia)" is `innCode`, src/sources/ofac-csv/remarks.ts).
 * Organisation properties go to organisations only, a passport to a person only.
 */
export const IDENTIFIER_PROPERTY: Record<
  string,
  { property: string; schemata: readonly string[] }
> = {
  inn: { property: 'innCode', schemata: ['Organization', 'Person'] },
  ogrn: { property: 'ogrnCode', schemata: ['Organization'] },
  ogrnip: { property: 'ogrnCode', schemata: ['Person'] },
  uscc: { property: 'uscCode', schemata: ['Organization'] },
  lei: { property: 'leiCode', schemata: ['Organization'] },
  bic: { property: 'swiftBic', schemata: ['Organization'] },
  imo: { property: 'imoNumber', schemata: ['Organization'] },
  passport: { property: 'passportNumber', schemata: ['Person'] },
};

/**
 * How far from a party an identifier may be to count as its own: a requisites block ("АО «…»,
 * ИНН …, ОГРН …, адрес …") runs to a few hundred characters.
 */
export const NEAR_CHARS = 300;

export interface CaseParty {
  /**
   * A short handle that stays the same while the extractor gives the same value (`org-3f2a9c1b07`):
   * what a reviewer types to decide on the party (`dossier xref-decide`).
   */
  key: string;
  kind: string;
  /** The normalised value the extractor gave: the key the mentions are grouped by. */
  value: string;
  /** The schema the party is screened as (`Thing` when the mention does not say). */
  schema: string;
  /** The names as written, quotes removed, most frequent first. */
  names: string[];
  /** Identifiers found near its mentions, by FollowTheMoney property. */
  identifiers: Record<string, string[]>;
  mentions: CaseMention[];
}

/** The party's key: its kind and a hash of its kind and value. */
export function partyKey(kind: string, value: string): string {
  const hash = createHash('sha256').update(`${kind}\u0000${value}`).digest('hex');
  return `${kind}-${hash.slice(0, 10)}`;
}

/** A name as the matcher should see it: no typographic quotes, single spaces. */
export function cleanName(text: string): string {
  return text
    .replace(/[«»“”„"‘’‚'「」『』《》]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Characters between two spans of one page; an identifier before the name counts double. One
 * inside the name's span is not its own: the name ran over a neighbouring cell or clause.
 */
function distance(party: CaseMention, id: CaseMention): number {
  if (id.start >= party.end) return id.start - party.end;
  if (id.end <= party.start) return 2 * (party.start - id.end);
  return Number.POSITIVE_INFINITY;
}

/** Parties in order of first mention, each with its nearby identifiers. */
export function partiesOf(mentions: readonly CaseMention[]): CaseParty[] {
  const parties = new Map<string, CaseParty>();
  const byPage = new Map<string, CaseMention[]>();
  const owner = new Map<CaseMention, CaseParty>();
  const add = (party: CaseParty, m: CaseMention) => {
    party.mentions.push(m);
    owner.set(m, party);
    const page = `${m.documentId}:${m.page}`;
    byPage.set(page, [...(byPage.get(page) ?? []), m]);
  };
  const persons = samePersons(mentions.filter((m) => m.kind === 'person').map((m) => m.value));
  const partyFor = (m: CaseMention): CaseParty => {
    const value = (m.kind === 'person' && persons.get(m.value)) || m.value;
    const key = `${m.kind}\u0000${value}`;
    let party = parties.get(key);
    if (!party) {
      const schema = PARTY_SCHEMA[m.kind] ?? 'Thing';
      const fresh = { kind: m.kind, value, schema, names: [], identifiers: {} };
      party = { key: partyKey(m.kind, value), ...fresh, mentions: [] };
      parties.set(key, party);
    }
    return party;
  };
  // Names found by their legal form or title first.
  for (const m of mentions) {
    if (PARTY_KINDS.has(m.kind) && m.kind !== 'party') add(partyFor(m), m);
  }
  // Then the list entities the in-text search found: one inside such a name is that party's (it
  // gives its link); the same entity named elsewhere on its own (by its INN, say) joins that
  // party too; the others are parties of their own, one per entity.
  const hostOf = new Map<string, CaseParty>();
  const alone: CaseMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'party') continue;
    const o = (byPage.get(`${m.documentId}:${m.page}`) ?? []).find(
      (n) => n.start < m.end && m.start < n.end,
    );
    // Only a name lies in a name: an identifier inside one is a cell the name ran over.
    const host = o && /\p{L}/u.test(m.text) ? owner.get(o) : undefined;
    if (!host) {
      alone.push(m);
      continue;
    }
    host.mentions.push(m);
    if (!hostOf.has(m.value)) hostOf.set(m.value, host);
  }
  for (const m of alone) {
    const host = hostOf.get(m.value);
    if (host) host.mentions.push(m);
    else add(partyFor(m), m);
  }
  // Each identifier goes to the nearest party mention on its page, so that the two INNs of a
  // contract's two parties are not both given to each.
  for (const id of mentions) {
    const target = IDENTIFIER_PROPERTY[id.kind];
    if (!target) continue;
    let best: { m: CaseMention; d: number } | null = null;
    for (const m of byPage.get(`${id.documentId}:${id.page}`) ?? []) {
      const d = distance(m, id);
      if (d <= NEAR_CHARS && (best === null || d < best.d)) best = { m, d };
    }
    const party = best ? owner.get(best.m) : undefined;
    if (!party || !target.schemata.includes(party.schema)) continue;
    const values = party.identifiers[target.property] ?? [];
    if (!values.includes(id.value)) values.push(id.value);
    party.identifiers[target.property] = values;
  }
  const order = new Map(mentions.map((m, i) => [m, i]));
  for (const party of parties.values()) {
    party.mentions.sort((a, b) => order.get(a)! - order.get(b)!);
    const counts = new Map<string, number>();
    // The extractors' names first; the in-text search's spans only for a party with none.
    const named = party.mentions.filter((m) => m.kind !== 'party');
    for (const m of named.length > 0 ? named : party.mentions) {
      const name = cleanName(m.text);
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    // On a tie the name written as the party's value first: a person's nominative, not "Иванову".
    const own = (name: string) =>
      name.replace(/\s/g, '') === party.value.replace(/\s/g, '') ? 1 : 0;
    party.names = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || own(b[0]) - own(a[0]))
      .map(([name]) => name);
  }
  return [...parties.values()];
}
