/**
 * UK Sanctions List designations to FollowTheMoney drafts: a Person, Organization or Vessel per
 * designation, its Sanction, and its Address, Passport and Identification entities.
 */
import { EntityDraft } from '../../core/model/index.js';
import { cleanCountry, lookupTable } from '../../core/normalise/index.js';
import {
  addCountry,
  addIf,
  addressEntity,
  guessLang,
  languageCode,
  sanctionEntity,
} from '../common/index.js';
import { mapEntity, mapIndividual, mapShip, type NameMention } from './details.js';
import type { FcdoAddress, FcdoDesignation, FcdoName } from './read.js';

export const AUTHORITY = 'UK Foreign, Commonwealth and Development Office';

const SCHEMATA = lookupTable({
  individual: 'Person',
  entity: 'Organization',
  ship: 'Vessel',
});

export function designationId(uniqueId: string): string {
  return `gb-fcdo-${uniqueId}`;
}

/** The schema for IndividualEntityShip; null when the kind is unknown. */
export function schemaOf(kind: string): string | null {
  return SCHEMATA[kind.toLowerCase()] ?? null;
}

/**
 * NameType (and AliasStrength) to property. A "Primary Name Variation" is the primary name in
 * another spelling, as strong as an alias; a low-quality alias is a weak alias.
 */
function nameProp(name: FcdoName): string {
  const type = (name.nameType ?? '').toLowerCase();
  if (type === 'primary name') return 'name';
  if (/previous|former/.test(type)) return 'previousName';
  return /^low/i.test(name.aliasStrength ?? '') ? 'weakAlias' : 'alias';
}

function addNames(target: EntityDraft, d: FcdoDesignation): void {
  for (const name of d.names) {
    const full = name.parts.filter((p) => p !== '').join(' ');
    const prop = nameProp(name);
    target.add(prop, full, { lang: guessLang(full) });
    if (prop !== 'name') continue;
    addIf(target, 'firstName', name.parts[0]);
    for (const middle of name.parts.slice(1, 5)) addIf(target, 'middleName', middle);
    addIf(target, 'lastName', name.parts[5]);
  }
  for (const n of d.nonLatinNames) {
    const lang = languageCode(n.language) ?? languageCode(n.scriptType) ?? guessLang(n.name);
    target.add('alias', n.name, { lang });
  }
  for (const title of d.titles) addIf(target, 'title', title);
}

/** An address entity, or null when the address is a country alone (kept on the party). */
function mapAddress(target: EntityDraft, a: FcdoAddress): EntityDraft | null {
  addCountry(target, 'country', a.country);
  const parts = [...a.lines, a.postalCode ?? '', a.country ?? ''].filter((p) => p !== '');
  if (parts.length === 0 || (parts.length === 1 && cleanCountry(parts[0]!) !== null)) {
    if (!a.country) addCountry(target, 'country', parts[0] ?? null);
    return null;
  }
  const full = parts.join(', ');
  const address = addressEntity(target, full, {
    street: a.lines[0],
    street2: a.lines
      .slice(1, 5)
      .filter((l) => l !== '')
      .join(', '),
    // AddressLine6 is the town or province, as Address 6 of HM Treasury's CSV was.
    city: a.lines[5],
    postalCode: a.postalCode,
  });
  addCountry(address, 'country', a.country);
  return address;
}

function mapSanction(target: EntityDraft, d: FcdoDesignation): EntityDraft {
  return sanctionEntity(target.id, {
    authority: AUTHORITY,
    authorityId: [d.uniqueId, d.ofsiGroupId],
    unscId: d.unReferenceNumber,
    program: d.regimeName,
    listingDate: d.dateDesignated,
    modifiedAt: d.lastUpdated,
    provisions: (d.sanctionsImposed ?? '').split('|'),
    reason: d.statementOfReasons,
  });
}

export interface MappedDesignation {
  drafts: EntityDraft[];
  /** Parties the designation names by text, to link when they are designations too. */
  mentions: NameMention[];
}

/** The drafts of one designation: the party first, then its sanction and derived entities. */
export function mapDesignation(d: FcdoDesignation, schema: string): MappedDesignation {
  const target = new EntityDraft(schema, designationId(d.uniqueId), true);
  addNames(target, d);
  target.add('topics', 'sanction');
  target.add('program', d.regimeName);
  target.add('notes', d.otherInformation);
  for (const phone of d.phones) addIf(target, 'phone', phone);
  for (const email of d.emails) addIf(target, 'email', email);
  for (const website of d.websites) addIf(target, 'website', website);
  const derived = new Map<string, EntityDraft>();
  for (const a of d.addresses) {
    const address = mapAddress(target, a);
    if (address) derived.set(address.id, address);
  }
  for (const person of d.individuals) {
    for (const ident of mapIndividual(target, person)) derived.set(ident.id, ident);
  }
  const mentions = [
    ...d.entities.flatMap((e) => mapEntity(target, e)),
    ...d.ships.flatMap((s) => mapShip(target, s)),
  ];
  return { drafts: [target, mapSanction(target, d), ...derived.values()], mentions };
}
