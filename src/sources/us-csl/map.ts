/**
 * Consolidated Screening List rows to FollowTheMoney drafts: the party, its Sanction (or export
 * restriction), its addresses and documents. The CSL merges a dozen US lists; each row keeps the
 * list it came from as the sanction's authority, and the list decides the party's topic.
 */
import { derivedId, EntityDraft, shortHash } from '../../core/model/index.js';
import { lookupTable } from '../../core/normalise/index.js';
import { addressEntity, sanctionEntity, unknownLink } from '../common/index.js';
import { mapIds } from './ids.js';
import type { CslId, CslRow } from './read.js';

const SCHEMATA = lookupTable({
  individual: 'Person',
  entity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
});

/** The topic of each list, matched on its name; the first match wins. */
const TOPICS: [RegExp, string][] = [
  [/debarred/i, 'debarment'],
  [/Bureau of Industry and Security/i, 'export.control'],
  [/Treasury Department|Sanction/i, 'sanction'],
];

const LINKED_TO = /\(Linked To: ([^)]+)\)/gi;

export function topicOf(source: string): string | null {
  return TOPICS.find(([pattern]) => pattern.test(source))?.[1] ?? null;
}

/** `_id` when the file has it; otherwise a digest of the list, the name and the list's number. */
export function rowId(row: CslRow): string {
  if (row.id) return `us-trade-csl-${row.id}`;
  return `us-trade-csl-${shortHash([row.source, row.name, row.entityNumber ?? ''].join('\u0000'))}`;
}

/** The parties this row says it is linked to, by name: "(Linked To: ROSTEC)". */
export function linkedNames(row: CslRow): string[] {
  return [...(row.remarks ?? '').matchAll(LINKED_TO)].map((m) => m[1]!.trim());
}

/** An address ends with the country code when it has one; a lone code is only a country. */
function mapAddress(entity: EntityDraft, text: string): EntityDraft | null {
  const last = text.split(',').at(-1)!.trim();
  const country = /^[A-Z]{2}$/.test(last) ? last : null;
  entity.add('country', country);
  if (country === text.trim()) return null;
  return addressEntity(entity, text, { country });
}

function addPersonDetails(entity: EntityDraft, row: CslRow): void {
  const person = entity.schema.name === 'Person';
  entity.addAll('birthDate', person ? row.datesOfBirth : []);
  entity.addAll('birthPlace', person ? row.placesOfBirth : []);
  entity.addAll(person ? 'nationality' : 'country', row.nationalities);
  entity.addAll(person ? 'citizenship' : 'country', row.citizenships);
  entity.add(person ? 'position' : 'notes', row.title);
}

function addVesselDetails(entity: EntityDraft, row: CslRow): void {
  if (entity.schema.name !== 'Vessel') return;
  entity.add('callSign', row.callSign);
  entity.add('type', row.vesselType);
  entity.add('tonnage', row.grossTonnage);
  entity.add('grossRegisteredTonnage', row.grossRegisteredTonnage);
  entity.add('flag', row.vesselFlag);
  // `owner` is a link to an entity; the CSL gives only the owner's name.
  if (row.vesselOwner) {
    entity.add('notes', `Owner: ${row.vesselOwner}`, { original: row.vesselOwner });
  }
}

function mapSanction(entity: EntityDraft, row: CslRow, details: CslId[]): EntityDraft {
  const sanction = sanctionEntity(entity.id, {
    authority: row.source,
    authorityId: row.entityNumber,
    program: row.programs,
    startDate: row.startDate,
    endDate: row.endDate,
    provisions: [row.federalRegisterNotice, row.licenseRequirement, row.licensePolicy],
  });
  for (const d of details) sanction.add('provisions', `${d.type} ${d.number}`, { original: d.raw });
  if (row.standardOrder) {
    sanction.add('summary', `Standard order: ${row.standardOrder}`, {
      original: row.standardOrder,
    });
  }
  sanction.add('sourceUrl', row.sourceListUrl);
  sanction.add('programUrl', row.sourceInformationUrl);
  return sanction;
}

/** The party first, then its sanction, documents and addresses. */
export function mapRow(row: CslRow): EntityDraft[] {
  const schema = SCHEMATA[row.type?.toLowerCase() ?? ''] ?? 'LegalEntity';
  const entity = new EntityDraft(schema, rowId(row), true);
  entity.add('name', row.name);
  entity.addAll('alias', row.altNames);
  entity.add('topics', topicOf(row.source));
  entity.addAll('program', row.programs);
  entity.add('notes', row.remarks);
  addPersonDetails(entity, row);
  addVesselDetails(entity, row);
  const { documents, provisions } = mapIds(entity, row.ids);
  const addresses: EntityDraft[] = [];
  for (const text of row.addresses) {
    const address = mapAddress(entity, text);
    if (address && !addresses.some((a) => a.id === address.id)) addresses.push(address);
  }
  return [entity, mapSanction(entity, row, provisions), ...documents, ...addresses];
}

/** A "Linked To" reference resolved to another party of the same file. */
export function mapLink(subject: string, object: string): EntityDraft {
  return unknownLink(derivedId(subject, 'link', object), subject, object, 'Linked To');
}
