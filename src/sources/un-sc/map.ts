/**
 * UN consolidated list entries to FollowTheMoney drafts: a Person (INDIVIDUAL) or Organization
 * (ENTITY) per entry, its Sanction, and the Address and Identification entities it holds.
 */
import { EntityDraft } from '../../core/model/index.js';
import { cleanDate, lookupTable } from '../../core/normalise/index.js';
import {
  addCountry,
  addressEntity,
  extractIdNumber,
  guessLang,
  identityDocument,
  sanctionEntity,
  splitLanguageLabel,
} from '../common/index.js';
import type { UnBirthDate, UnDocument, UnEntry, UnPlace } from './read.js';

export const AUTHORITY = 'United Nations Security Council';

export function entryId(dataId: string): string {
  return `unsc-${dataId}`;
}

/**
 * QUALITY of an alias: individuals' "Good"/"Low" rate reliability (low-quality names are too
 * short or common to match on alone, hence weakAlias); entities' "a.k.a."/"f.k.a." give its kind.
 */
const ALIAS_PROPS = lookupTable({
  good: 'alias',
  'a.k.a.': 'alias',
  low: 'weakAlias',
  'f.k.a.': 'previousName',
});

/** Matches the passport types the list uses, in English, French and Spanish. */
const PASSPORT = /passport|passeport|pasaporte/i;

/**
 * A BETWEEN range of birth years is spelled out year by year when it is this short or less, so
 * that a year inside the range is not taken for a mismatch by matching.
 */
const MAX_YEAR_SPAN = 20;

function addNames(target: EntityDraft, entry: UnEntry): void {
  const name = entry.nameParts.join(' ');
  target.add('name', name, { lang: guessLang(name) });
  for (const alias of entry.aliases) {
    const prop = ALIAS_PROPS[alias.quality?.toLowerCase() ?? ''] ?? 'alias';
    target.add(prop, alias.name, { lang: guessLang(alias.name) });
    // Birth details given on an alias are the person's too, under that identity.
    if (entry.kind === 'individual') {
      target.add('birthDate', alias.dateOfBirth);
      target.add('birthPlace', alias.cityOfBirth);
      addCountry(target, 'birthCountry', alias.countryOfBirth);
    }
  }
  if (entry.nameOriginalScript) {
    const { name, lang } = splitLanguageLabel(entry.nameOriginalScript);
    target.add('alias', name, { lang, original: entry.nameOriginalScript });
  }
}

function addBirthDate(target: EntityDraft, d: UnBirthDate): void {
  const from = Number(d.fromYear);
  const to = Number(d.toYear);
  if (d.fromYear && d.toYear && to >= from && to - from <= MAX_YEAR_SPAN) {
    const original = `${d.fromYear} - ${d.toYear}`;
    for (let year = from; year <= to; year++) target.add('birthDate', String(year), { original });
    return;
  }
  const given = [d.date, d.year, d.fromYear, d.toYear].filter((v): v is string => !!v);
  if (given.length > 0) {
    target.addAll('birthDate', given);
    return;
  }
  // Without a date the remark is sometimes the date ("Nov. 1973"), sometimes not ("Approximately").
  if (d.note && cleanDate(d.note) !== null) target.add('birthDate', d.note);
}

/** The given parts, trimmed, without blanks and repeats (a city repeated as the street). */
function distinctParts(parts: (string | null)[]): string[] {
  return [...new Set(parts.filter((p): p is string => !!p).map((p) => p.trim()))];
}

function addBirthPlace(target: EntityDraft, place: UnPlace): void {
  const parts = distinctParts([place.street, place.city, place.stateProvince, place.country]);
  target.add('birthPlace', parts.length > 0 ? parts.join(', ') : place.note);
  addCountry(target, 'birthCountry', place.country);
}

function addPersonDetails(target: EntityDraft, entry: UnEntry): void {
  target.addAll('title', entry.titles);
  target.addAll('position', entry.designations);
  for (const n of entry.nationalities) addCountry(target, 'nationality', n);
  // "Unknown" is the list's blank, not a gender.
  if (entry.gender && !/^unknown$/i.test(entry.gender)) target.add('gender', entry.gender);
  for (const d of entry.birthDates) addBirthDate(target, d);
  for (const place of entry.birthPlaces) addBirthPlace(target, place);
}

/** An address entity, or null when the place is only a country (kept on the party instead). */
function mapAddress(target: EntityDraft, place: UnPlace): EntityDraft | null {
  addCountry(target, 'country', place.country);
  const parts = distinctParts([place.street, place.city, place.stateProvince, place.zipCode]);
  if (parts.length === 0) return null;
  const full = distinctParts([...parts, place.country]).join(', ');
  const address = addressEntity(target, full, {
    street: place.street,
    city: place.city,
    region: place.stateProvince,
    postalCode: place.zipCode,
  });
  // Countries carry remarks ("Indonesia (as at Dec. 2003)"): cleaned without, kept as written.
  addCountry(address, 'country', place.country);
  address.add('remarks', place.note);
  return address;
}

/**
 * A Passport or Identification entity for a document, or null when it holds no number. Some
 * documents give their number only inside the finer type or the note ("Libyan passport number
 * 347834, issued under name ..."): it is taken from there, keeping the sentence as the source.
 */
function mapDocument(target: EntityDraft, doc: UnDocument): EntityDraft | null {
  let number = doc.number?.trim() || null;
  let original: string | undefined;
  for (const text of number ? [] : [doc.type2, doc.note]) {
    number = text ? extractIdNumber(text) : null;
    original = text ?? undefined;
    if (number) break;
  }
  if (!number) return null;
  const passport = PASSPORT.test(`${doc.type ?? ''} ${doc.type2 ?? ''}`);
  target.add(passport ? 'passportNumber' : 'idNumber', number, { original });
  const schema = passport ? 'Passport' : 'Identification';
  const ident = identityDocument(target, schema, doc.type ?? '', number, original);
  ident.add('type', doc.type2 ?? doc.type);
  addCountry(ident, 'country', doc.issuingCountry);
  addCountry(ident, 'country', doc.countryOfIssue);
  ident.add('startDate', doc.dateOfIssue);
  ident.add('authority', doc.cityOfIssue);
  ident.add('summary', doc.note);
  return ident;
}

function mapSanction(entry: UnEntry, targetId: string): EntityDraft {
  return sanctionEntity(targetId, {
    authority: AUTHORITY,
    unscId: entry.referenceNumber,
    program: entry.listType,
    listingDate: entry.listedOn,
    modifiedAt: entry.lastUpdated,
  });
}

/** The drafts of one entry: the party first, then its sanction, addresses and documents. */
export function mapEntry(entry: UnEntry): EntityDraft[] {
  const id = entryId(entry.dataId);
  const schema = entry.kind === 'individual' ? 'Person' : 'Organization';
  const target = new EntityDraft(schema, id, true);
  addNames(target, entry);
  target.add('topics', 'sanction');
  target.add('program', entry.listType);
  target.add('notes', entry.comments);
  if (entry.kind === 'individual') addPersonDetails(target, entry);
  const derived = new Map<string, EntityDraft>();
  for (const place of entry.addresses) {
    const address = mapAddress(target, place);
    if (address) derived.set(address.id, address);
  }
  for (const doc of entry.documents) {
    const ident = mapDocument(target, doc);
    if (ident) derived.set(ident.id, ident);
  }
  return [target, mapSanction(entry, id), ...derived.values()];
}
