/**
 * Denied Persons List parties to FollowTheMoney drafts. The list has no IDs: a party's ID is a
 * digest of its name, because BIS repeats the name on one row per address (and per order), and
 * those rows describe one party. Distinct spellings ("AL NASER AIRLINES", "AL-NASER AIRLINES")
 * are separate rows in BIS's list and stay separate entities here.
 */
import { EntityDraft, shortHash } from '../../core/model/index.js';
import { addressEntity, sanctionEntity } from '../common/index.js';
import type { DplParty, DplRow } from './read.js';

const AUTHORITY = 'Bureau of Industry and Security';
/** BIS writes dates month first (mm/dd/yyyy). */
const US_DATES = { dayFirst: false };

export function partyId(name: string): string {
  return `us-bis-dpl-${shortHash(name)}`;
}

/** The address of one row as one line: street, city, state, postal code, country. */
export function fullAddress(row: DplRow): string | null {
  const parts = [row.street, row.city, row.state, row.postalCode, row.country];
  const text = parts.filter((p) => p !== null).join(', ');
  return text === '' ? null : text;
}

function mapAddress(entity: EntityDraft, row: DplRow): EntityDraft | null {
  entity.add('country', row.country);
  const full = fullAddress(row);
  // A row naming only a country has no address beyond the party's country.
  if (full === null || full === row.country) return null;
  return addressEntity(entity, full, {
    street: row.street,
    city: row.city,
    state: row.state,
    postalCode: row.postalCode,
    country: row.country,
  });
}

/**
 * One Sanction per denial order, told apart by its effective date: rows of one order repeat its
 * dates with variant citations, while a party under two orders has two effective dates.
 */
function mapSanctions(entity: EntityDraft, rows: DplRow[]): EntityDraft[] {
  const orders = new Map<string, EntityDraft>();
  for (const row of rows) {
    const key = row.effectiveDate ?? '';
    let sanction = orders.get(key);
    if (!sanction) {
      sanction = sanctionEntity(entity.id, { authority: AUTHORITY }, key);
      sanction.add('startDate', row.effectiveDate, US_DATES);
      orders.set(key, sanction);
    }
    sanction.add('endDate', row.expirationDate, US_DATES);
    sanction.add('provisions', row.citation);
    sanction.add('summary', row.action);
    if (row.standardOrder) {
      sanction.add('summary', `Standard order: ${row.standardOrder}`, {
        original: row.standardOrder,
      });
    }
    sanction.add('modifiedAt', row.lastUpdate);
  }
  return [...orders.values()];
}

/**
 * The party (a LegalEntity: the list mixes people and companies and does not say which), its
 * addresses and its denial orders.
 */
export function mapParty(party: DplParty): EntityDraft[] {
  const entity = new EntityDraft('LegalEntity', partyId(party.name), true);
  entity.add('name', party.name);
  // A denial of export privileges: export control, as for the DPL rows of the trade.gov CSL.
  entity.add('topics', 'export.control');
  const addresses: EntityDraft[] = [];
  for (const row of party.rows) {
    const address = mapAddress(entity, row);
    if (address && !addresses.some((a) => a.id === address.id)) addresses.push(address);
  }
  return [entity, ...mapSanctions(entity, party.rows), ...addresses];
}
