/**
 * What the lists say about the parties of trade records: which listed entities each party's name
 * (and identifier) matches through the matcher, the incorporation dates of those entities, and
 * the addresses and phones of every listed entity (for the shared-contact flags). Nothing here is
 * looked up when no list is loaded: the flags that need the lists are then reported as not run.
 */
import type { ScoredEntity } from '../../core/matching/index.js';
import {
  addressKey,
  type ListedContact,
  type ListedMatch,
  phoneKey,
  type TradeParty,
} from '../../core/trade/index.js';
import type { Store } from '../../store/index.js';
import { listsProblem, type MatchService, prepareMatch } from '../matching/index.js';

/** The matcher's default: a match as `dossier match` reports one. */
export const FLAG_THRESHOLD = 0.7;
/** A party becomes the listed entity's node in the graph only on a near-certain match. */
export const RESOLVE_THRESHOLD = 0.95;

export interface PartyMatcher {
  /** Listed entities the party matches at or above the threshold, best first. */
  match(party: TradeParty, threshold?: number): ScoredEntity[];
}

/** A matcher over the loaded lists, or null with the reason when none is loaded. */
export async function partyMatcher(
  matching: () => Promise<MatchService>,
): Promise<{ matcher: PartyMatcher | null; problem: string | null }> {
  const service = await matching();
  await service.refresh();
  const catalog = service.catalog;
  const problem = catalog ? listsProblem(catalog) : 'the match index is not built';
  if (problem || !catalog) return { matcher: null, problem };
  const index = { matcher: service.matcher, catalog };
  const request = { dataset: 'default', limit: 3, threshold: FLAG_THRESHOLD, algorithm: 'best' };
  const plan = prepareMatch(index, request);
  return {
    problem: null,
    matcher: {
      match(party, threshold = FLAG_THRESHOLD) {
        const properties: Record<string, string[]> = { name: [party.name] };
        if (party.identifier) properties.taxNumber = [party.identifier];
        const outcome = plan.run({ schema: 'LegalEntity', properties });
        return outcome.results.filter((r) => r.score >= threshold);
      },
    },
  };
}

export function listedMatch(result: ScoredEntity): ListedMatch {
  return {
    entityId: result.entity.id,
    caption: result.entity.caption,
    score: Math.round(result.score * 1000) / 1000,
    datasets: result.entity.datasets,
  };
}

/** The earliest incorporation date an entity states: the conservative reading of several. */
export function incorporationOf(entity: ScoredEntity['entity']): string | null {
  const dates = [...(entity.properties.incorporationDate ?? [])].sort();
  return dates[0] ?? null;
}

export interface ListedContacts {
  addresses: Map<string, ListedContact[]>;
  phones: Map<string, ListedContact[]>;
}

/** Every address and phone of the listed entities, by their comparison keys. */
export async function listedContacts(lists: Store): Promise<ListedContacts> {
  const addresses = new Map<string, ListedContact[]>();
  const phones = new Map<string, ListedContact[]>();
  const add = (map: Map<string, ListedContact[]>, key: string | null, contact: ListedContact) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.some((c) => c.entityId === contact.entityId)) list.push(contact);
    map.set(key, list);
  };
  for await (const entity of lists.allEntities()) {
    const { id: entityId, caption } = entity;
    for (const value of entity.properties.address ?? []) {
      add(addresses, addressKey(value), { entityId, caption, value });
    }
    for (const value of entity.properties.phone ?? []) {
      add(phones, phoneKey(value), { entityId, caption, value });
    }
  }
  return { addresses, phones };
}
