/**
 * Linking a network file's parties to loaded list entities by identifier (BODS `identifiers`): a
 * party whose identifier has the same type and the same normalised value as a list entity's is
 * that entity, so its relations attach to the list's node and exposure flows from the lists into
 * the file's chains. Only exact matches of a known scheme count (sources/network/bods-schemes.ts):
 * a register number only within its register's country, a checksummed number only as its type.
 * Nothing is inferred from names here; the link and the identifier behind it are kept on every
 * edge it touches (`identifierMatch`) and reported in the load's notes.
 */
import { extractIdentifiers, normalizeIdentifier } from '../../core/identifiers/index.js';
import { SCREENED_SCHEMATA } from '../../core/matching/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import { type PartyRef, schemeRule } from '../../sources/network/index.js';

export interface IdentifierLink {
  entity: FtmEntity;
  scheme: string;
  id: string;
  /** Other list entities with the same identifier (the same company on several lists). */
  others: string[];
}

const CHECKED = new Set(['inn', 'ogrn', 'uscc', 'lei']);
const COUNTRY_PROPS = ['country', 'jurisdiction', 'mainCountry'];

/** The keys a list entity is found by: typed identifiers, and register numbers by country. */
export function keysOf(entity: FtmEntity): string[] {
  const keys: string[] = [];
  const countries = COUNTRY_PROPS.flatMap((p) => entity.properties[p] ?? []);
  for (const v of extractIdentifiers(entity.properties)) {
    if (CHECKED.has(v.type)) keys.push(`${v.type}:${v.value}`);
    // A register number (a UK company number) is a plain number: only its country's register.
    else if (v.type === 'generic' && v.declared === 'generic') {
      for (const c of countries) keys.push(`register:${c.toLowerCase()}:${v.value}`);
    }
  }
  return keys;
}

/** The key a party's identifier is looked up by, or null for a scheme that links nothing. */
export function partyKey(scheme: string, id: string): string | null {
  const rule = schemeRule(scheme);
  if (!rule) return null;
  if (rule.type === 'register') {
    const value = normalizeIdentifier('generic', id);
    return value ? `register:${rule.country}:${value}` : null;
  }
  const value = normalizeIdentifier(rule.type, id);
  return value ? `${rule.type}:${value}` : null;
}

/**
 * The list entities the parties' identifiers name, by party id. The lists are read once, and only
 * when some party has an identifier of a known scheme.
 */
export async function linkByIdentifiers(
  parties: readonly PartyRef[],
  entities: (schemata: readonly string[]) => AsyncIterable<FtmEntity>,
): Promise<Map<string, IdentifierLink>> {
  const wanted = new Map<string, { party: string; scheme: string; id: string }[]>();
  for (const party of parties) {
    for (const { scheme, id } of party.identifiers ?? []) {
      const key = partyKey(scheme, id);
      if (!key) continue;
      wanted.set(key, [...(wanted.get(key) ?? []), { party: party.id, scheme, id }]);
    }
  }
  const links = new Map<string, IdentifierLink>();
  if (wanted.size === 0) return links;
  const found = new Map<string, FtmEntity[]>();
  for await (const entity of entities(SCREENED_SCHEMATA)) {
    for (const key of new Set(keysOf(entity))) {
      if (wanted.has(key)) found.set(key, [...(found.get(key) ?? []), entity]);
    }
  }
  for (const [key, asks] of wanted) {
    const matches = (found.get(key) ?? []).sort((a, b) => a.id.localeCompare(b.id));
    const [first, ...rest] = matches;
    if (!first) continue;
    for (const ask of asks) {
      // A party with two identifiers keeps the link of the first that matched.
      if (links.has(ask.party)) continue;
      const others = rest.map((e) => e.id);
      links.set(ask.party, { entity: first, scheme: ask.scheme, id: ask.id, others });
    }
  }
  return links;
}

/** How a link is recorded on an edge and in the load's notes. */
export function linkText(party: string, link: IdentifierLink): string {
  const also = link.others.length ? ` (also ${link.others.join(', ')})` : '';
  return `${party}: ${link.scheme} ${link.id} = ${link.entity.id}${also}`;
}
