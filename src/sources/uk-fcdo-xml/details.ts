/**
 * The kind-specific parts of a designation: an individual's birth, nationality and documents, an
 * entity's form and registration, a ship's IMO number and flags. Parties named only by text
 * (parent companies, ship owners) are kept as remarks and returned as mentions, to be linked
 * when the name is a designation of the same file.
 */
import type { EntityDraft } from '../../core/model/index.js';
import { addCountry, addIf, identityDocument } from '../common/index.js';
import type { FcdoDocument, FcdoEntity, FcdoIndividual, FcdoShip } from './read.js';

/** A party named by text, and how it relates to the designation. */
export interface NameMention {
  name: string;
  role: string;
}

/** "dd/mm/1968" writes an unknown day and month as letters; the cleaner reads zeros. */
function placeholderDate(text: string): string {
  return text.replace(/\bdd\b/i, '00').replace(/\bmm\b/i, '00');
}

function mapDocument(target: EntityDraft, doc: FcdoDocument, passport: boolean) {
  const number = doc.number?.trim();
  const prop = passport ? 'passportNumber' : 'idNumber';
  if (!number) return null;
  addIf(target, prop, number);
  const schema = passport ? 'Passport' : 'Identification';
  const ident = identityDocument(target, schema, schema, number);
  ident.add('summary', doc.info);
  return ident;
}

/** Add an individual's details to the party; returns its Passport and Identification entities. */
export function mapIndividual(target: EntityDraft, person: FcdoIndividual): EntityDraft[] {
  for (const dob of person.dobs)
    addIf(target, 'birthDate', placeholderDate(dob), { original: dob });
  for (const n of person.nationalities) addCountry(target, 'nationality', n);
  for (const gender of person.genders) addIf(target, 'gender', gender);
  for (const position of person.positions) addIf(target, 'position', position);
  for (const place of person.birthPlaces) {
    addIf(target, 'birthPlace', place.town);
    addCountry(target, 'birthCountry', place.country);
  }
  const docs = [
    ...person.passports.map((d) => mapDocument(target, d, true)),
    ...person.nationalIds.map((d) => mapDocument(target, d, false)),
  ];
  return docs.filter((d): d is EntityDraft => d !== null);
}

function mentionAll(target: EntityDraft, names: string[], role: string): NameMention[] {
  for (const name of names) addIf(target, 'notes', `${role}: ${name}`, { original: name });
  return names.map((name) => ({ name, role }));
}

/** Add an entity's details to the party; returns the parties it names. */
export function mapEntity(target: EntityDraft, entity: FcdoEntity): NameMention[] {
  for (const type of entity.types) addIf(target, 'legalForm', type);
  for (const number of entity.registrationNumbers) addIf(target, 'registrationNumber', number);
  return [
    ...mentionAll(target, entity.parents, 'Parent company'),
    ...mentionAll(target, entity.subsidiaries, 'Subsidiary'),
  ];
}

/** Add a ship's details to the party; returns its owners and operators. */
export function mapShip(target: EntityDraft, ship: FcdoShip): NameMention[] {
  for (const imo of ship.imoNumbers) addIf(target, 'imoNumber', imo);
  for (const flag of ship.currentFlags) addCountry(target, 'flag', flag);
  for (const flag of ship.previousFlags) addCountry(target, 'pastFlags', flag);
  for (const type of ship.types) addIf(target, 'type', type);
  for (const tonnage of ship.tonnages) addIf(target, 'tonnage', tonnage);
  for (const year of ship.yearsBuilt) addIf(target, 'buildDate', year);
  return [
    ...mentionAll(target, ship.currentOwnerOperators, 'Current owner/operator'),
    ...mentionAll(target, ship.previousOwnerOperators, 'Previous owner/operator'),
  ];
}
