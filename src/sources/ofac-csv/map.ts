/**
 * Mapping one OFAC entry (its primary record, addresses, alternate names and parsed remarks) to
 * FollowTheMoney drafts: the listed party, its Sanction, Address entities, and what the remarks
 * add (see apply-remarks.ts). References to other entries by name are returned unresolved.
 */
import { EntityDraft } from '../../core/model/index.js';
import { addressEntity, sanctionEntity } from '../common/index.js';
import { OFAC_AUTHORITY } from '../common/ofac/index.js';
import { applyRemarks, type NameRef } from './apply-remarks.js';
import type { AddressRecord, AliasRecord, EntryType, PrimaryRecord } from './read.js';
import { type Remark, UNKNOWN } from './remarks.js';

/** Schemata by SDN_Type; an entry without a type is an entity, which OFAC does not subdivide. */
const SCHEMA: Record<EntryType, string> = {
  individual: 'Person',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

/** The companion data of one entry. */
export interface EntrySide {
  addresses: AddressRecord[];
  aliases: AliasRecord[];
}

export interface MappedEntry {
  target: EntityDraft;
  /** The Sanction, addresses, identifications and wallets, in that order. */
  others: EntityDraft[];
  /** Names of other entries to resolve once the whole file is read. */
  refs: NameRef[];
  /** Remark clauses no property of the schema could take (they stay in the notes). */
  unplaced: Remark[];
}

/** OpenSanctions' ID for an OFAC entry. */
export function entityId(entNum: string): string {
  return `ofac-${entNum}`;
}

/** The public page of an entry in OFAC's Sanctions List Search (SDN and non-SDN alike). */
export function entryUrl(entNum: string): string {
  return `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${entNum}`;
}

export function mapEntry(
  record: PrimaryRecord,
  side: EntrySide,
  remarks: { text: string | null; facts: Remark[] },
): MappedEntry {
  const target = makeTarget(record);
  const sanction = makeSanction(record, target.id);
  addAliases(target, side.aliases);
  // The same line may be listed twice: one Address entity per distinct text.
  const addresses = new Map<string, EntityDraft>();
  for (const line of side.addresses) {
    const address = addAddress(target, line);
    if (address && !addresses.has(address.id)) addresses.set(address.id, address);
  }
  if (remarks.text) target.add('notes', remarks.text);
  const applied = applyRemarks(target, sanction, remarks.facts);
  const refs = [...applied.refs];
  if (record.vesselOwner) {
    refs.push({
      fromId: target.id,
      name: record.vesselOwner,
      kind: 'owner',
      text: record.vesselOwner,
    });
  }
  return {
    target,
    others: [sanction, ...addresses.values(), ...applied.others],
    refs,
    unplaced: applied.unplaced,
  };
}

function makeTarget(record: PrimaryRecord): EntityDraft {
  const schema = record.type ? SCHEMA[record.type] : 'Organization';
  const target = new EntityDraft(schema, entityId(record.entNum), true);
  target.add('name', record.name);
  if (record.type === 'individual') addNameParts(target, record.name);
  target.add('topics', 'sanction');
  for (const program of record.programs) {
    target.add('program', program);
    target.add('programId', program);
  }
  target.add('sourceUrl', entryUrl(record.entNum));
  // A title may list several positions: "Brigadier General and Commander...; President of...".
  for (const title of record.title?.split(/\s*;\s*/) ?? [])
    addOrNote(target, 'position', title, 'Title');
  addVesselFields(target, record);
  return target;
}

/** "DELOS REYES, Feliciano Semborio, Jr.": surname, given names, suffix. */
export function splitPersonName(name: string): { last: string; first?: string; suffix?: string } {
  const parts = name.split(/\s*,\s*/).filter((p) => p !== '');
  if (parts.length < 2) return { last: name };
  return {
    last: parts[0]!,
    first: parts[1]!,
    ...(parts[2] ? { suffix: parts.slice(2).join(', ') } : {}),
  };
}

function addNameParts(target: EntityDraft, name: string) {
  const parts = splitPersonName(name);
  if (parts.first === undefined) return;
  target.add('lastName', parts.last);
  target.add('firstName', parts.first);
  target.add('nameSuffix', parts.suffix);
}

function addVesselFields(target: EntityDraft, record: PrimaryRecord) {
  addOrNote(target, 'callSign', record.callSign, 'Call sign');
  addOrNote(target, 'type', record.vesselType, 'Vessel type');
  addOrNote(target, 'tonnage', record.tonnage, 'Tonnage');
  addOrNote(target, 'grossRegisteredTonnage', record.grossTonnage, 'GRT');
  addOrNote(target, 'flag', record.vesselFlag, 'Vessel flag');
  // The owner is a name: kept as text here, and linked once resolved to an entry.
  if (record.vesselOwner) target.add('notes', `Vessel owner: ${record.vesselOwner}`);
}

/**
 * Add a column's value when the schema has the property, else keep it in the notes with its
 * column name. Tonnages are written with thousands separators ("318,000"), US style.
 */
function addOrNote(target: EntityDraft, prop: string, raw: string | null, column: string) {
  if (raw === null || UNKNOWN.test(raw)) return;
  if (!target.accepts(prop)) {
    target.add('notes', `${column}: ${raw}`);
    return;
  }
  const numeric = prop === 'tonnage' || prop === 'grossRegisteredTonnage';
  const value = numeric ? raw.replace(/,(?=\d{3}\b)/g, '') : raw;
  target.add(prop, value, { original: raw });
}

function makeSanction(record: PrimaryRecord, targetId: string): EntityDraft {
  const sanction = sanctionEntity(targetId, {
    authority: OFAC_AUTHORITY,
    country: 'us',
    authorityId: record.entNum,
  });
  for (const program of record.programs) {
    sanction.add('program', program);
    sanction.add('programId', program);
  }
  sanction.add('sourceUrl', entryUrl(record.entNum));
  return sanction;
}

const ALIAS_PROP = { aka: 'alias', fka: 'previousName', nka: 'alias' } as const;

function addAliases(target: EntityDraft, aliases: AliasRecord[]) {
  for (const alias of aliases) target.add(ALIAS_PROP[alias.type], alias.name);
}

/**
 * An address line: the full text on the party, and an Address entity unless the line is only a
 * country (then it is just the party's country). The city/state/postal field is one string in
 * the file ("Zapopan, Jalisco 45010"), so it is used as the city only when it is a bare name.
 */
function addAddress(target: EntityDraft, address: AddressRecord): EntityDraft | null {
  const { street, cityStatePostal } = address;
  const country = address.country && !UNKNOWN.test(address.country) ? address.country : null;
  target.add('country', country);
  if (street === null && cityStatePostal === null) return null;
  const full = [street, cityStatePostal, address.country].filter((p) => p !== null).join(', ');
  const bareCity = cityStatePostal && !/[\d,]/.test(cityStatePostal);
  return addressEntity(target, full, {
    street,
    city: bareCity ? cityStatePostal : null,
    country,
    remarks: address.remarks,
  });
}
