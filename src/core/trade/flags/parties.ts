/**
 * Flags on the parties: a name matching a listed entity, a party exposed through its owners, a
 * consignee incorporated after Russia's full-scale invasion, and addresses or phones it shares
 * with listed entities.
 */
import type { Shipment, TradeParty } from '../types.js';
import { addressKey, partyKey, phoneKey } from './keys.js';
import type { Flag, FlagContext, ListedContact } from './types.js';

/** 24 February 2022: companies set up after it to buy for Russia are a pattern the alerts name. */
export const INVASION_DAY = '2022-02-24';

export type Role = 'shipper' | 'consignee' | 'notify party';

export interface PartyAppearance {
  party: TradeParty;
  roles: Set<Role>;
  records: string[];
}

/** Each party once, by its name's key, with its roles and the records naming it. */
export function partiesOf(shipments: readonly Shipment[]): Map<string, PartyAppearance> {
  const parties = new Map<string, PartyAppearance>();
  const add = (party: TradeParty | null, role: Role, id: string) => {
    if (!party || party.name === '') return;
    const key = partyKey(party.name);
    let seen = parties.get(key);
    if (!seen) {
      seen = { party: { ...party }, roles: new Set(), records: [] };
      parties.set(key, seen);
    }
    // The first record that gives an address, phone or date lends it to the party.
    seen.party.address ??= party.address;
    seen.party.phone ??= party.phone;
    seen.party.identifier ??= party.identifier;
    seen.party.incorporated ??= party.incorporated;
    seen.roles.add(role);
    if (!seen.records.includes(id)) seen.records.push(id);
  };
  for (const s of shipments) {
    add(s.shipper, 'shipper', s.id);
    add(s.consignee, 'consignee', s.id);
    add(s.notifyParty, 'notify party', s.id);
  }
  return parties;
}

export function listedPartyFlags(shipments: readonly Shipment[], ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
  for (const [key, seen] of partiesOf(shipments)) {
    const facts = ctx.parties.get(key);
    for (const m of facts?.listed ?? []) {
      flags.push({
        code: 'listed_party',
        severity: 'high',
        explanation:
          `${seen.party.name} (${[...seen.roles].join(', ')}) matches the listed entity ` +
          `${m.caption} (${m.entityId}, ${m.datasets.join(', ')}) with a score of ${m.score.toFixed(2)}`,
        records: seen.records,
        party: seen.party.name,
        facts: { entityId: m.entityId, caption: m.caption, score: m.score },
      });
    }
    for (const e of facts?.exposure ?? []) {
      if (e.exposed === false) continue;
      const share = e.share === null ? 'an unknown share' : `${(e.share * 100).toFixed(1)}%`;
      flags.push({
        code: 'exposed_party',
        severity: e.exposed ? 'high' : 'medium',
        explanation:
          `${seen.party.name} resolves to ${e.caption} (${e.entityId}), ` +
          (e.exposed ? 'exposed' : 'possibly exposed') +
          ` under the ${e.jurisdiction.toUpperCase()} rules through listed owners (${share})`,
        records: seen.records,
        party: seen.party.name,
        facts: { entityId: e.entityId, jurisdiction: e.jurisdiction, share: e.share },
      });
    }
  }
  return flags;
}

export function newConsigneeFlags(shipments: readonly Shipment[], ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
  for (const [key, seen] of partiesOf(shipments)) {
    if (!seen.roles.has('consignee')) continue;
    const fromRecords = seen.party.incorporated;
    const date = fromRecords ?? ctx.parties.get(key)?.incorporated ?? null;
    // A partial date ("2022", "2022-02") sorts before the day when it may hold it: no flag.
    if (date === null || date <= INVASION_DAY) continue;
    const source = fromRecords ? 'the records' : 'the lists';
    // The records where it is the consignee: as a shipper its age says nothing here.
    const records = shipments.filter((s) => partyKey(s.consignee.name) === key).map((s) => s.id);
    flags.push({
      code: 'new_consignee',
      severity: 'medium',
      explanation:
        `the consignee ${seen.party.name} was incorporated on ${date} (according to ${source}), ` +
        `after ${INVASION_DAY}`,
      records,
      party: seen.party.name,
      facts: { incorporated: date, source },
    });
  }
  return flags;
}

function sharing(
  seen: PartyAppearance,
  found: readonly ListedContact[] | undefined,
  own: ReadonlySet<string>,
): ListedContact[] {
  // The listed entity the party itself matched shares its own address: that is no red flag.
  return (found ?? []).filter((c) => !own.has(c.entityId) && seen.party.name !== '');
}

export function sharedContactFlags(shipments: readonly Shipment[], ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
  for (const [key, seen] of partiesOf(shipments)) {
    const own = new Set((ctx.parties.get(key)?.listed ?? []).map((m) => m.entityId));
    const { address, phone } = seen.party;
    const phoneAt = phone ? phoneKey(phone) : null;
    const addressAt = address ? addressKey(address) : null;
    const checks = [
      [
        'shared_address',
        'address',
        address,
        addressAt ? ctx.listedAddresses.get(addressAt) : undefined,
      ],
      ['shared_phone', 'phone', phone, phoneAt ? ctx.listedPhones.get(phoneAt) : undefined],
    ] as const;
    for (const [code, what, value, found] of checks) {
      for (const c of sharing(seen, found, own)) {
        flags.push({
          code,
          severity: 'medium',
          explanation:
            `${seen.party.name} gives the ${what} "${value}", which the lists give for ` +
            `${c.caption} (${c.entityId})`,
          records: seen.records,
          party: seen.party.name,
          facts: { [what]: value ?? null, entityId: c.entityId, caption: c.caption },
        });
      }
    }
  }
  return flags;
}
