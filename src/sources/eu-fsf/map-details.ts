/**
 * The parts of an EU FSF entry that become derived entities or detail properties: births,
 * identity documents and addresses (with their contact details).
 */
import type { EntityDraft } from '../../core/model/index.js';
import { lookupTable } from '../../core/normalise/index.js';
import { addressEntity, identityDocument } from '../common/index.js';
import type { EuAddress, EuBirth, EuIdentification } from './read.js';

/** The EU's code for an unknown country, and its placeholder for an unknown city. */
const UNKNOWN_COUNTRY = '00';
const PLACEHOLDER = '-';

function known(text: string | null): string | null {
  return text && text !== PLACEHOLDER && text !== UNKNOWN_COUNTRY ? text : null;
}

/** The birth dates an entry gives: the full date, else its parts, else the year range. */
function birthDates(b: EuBirth): string[] {
  if (b.date) return [b.date];
  // Parts in another calendar (Islamic) are not Gregorian dates; the EU then gives `date`.
  if (b.calendar && b.calendar !== 'GREGORIAN') return [];
  if (b.year) {
    const pad = (n: string) => n.padStart(2, '0');
    if (!b.month) return [b.year];
    return [b.day ? `${b.year}-${pad(b.month)}-${pad(b.day)}` : `${b.year}-${pad(b.month)}`];
  }
  return [b.yearFrom, b.yearTo].filter((y) => y !== null);
}

export function mapBirth(entity: EntityDraft, b: EuBirth): void {
  if (!entity.accepts('birthDate')) return;
  for (const date of birthDates(b)) entity.add('birthDate', date);
  const place = [known(b.city), known(b.place), known(b.region)].filter((p) => p !== null);
  if (place.length > 0) entity.add('birthPlace', place.join(', '));
  entity.add('birthCountry', known(b.country));
  for (const remark of b.remarks) entity.add('notes', remark);
}

/** The holder's property for each EU document type; anything else is an `idNumber`. */
const NUMBER_PROPS = lookupTable({
  passport: 'passportNumber',
  id: 'idNumber',
  regnumber: 'registrationNumber',
  fiscalcode: 'taxNumber',
  swiftbic: 'swiftBic',
  imo: 'imoNumber',
  ssn: 'socialSecurityNumber',
});

/** Add the document's number to the holder and make its Identification (or Passport). */
export function mapIdentification(holder: EntityDraft, doc: EuIdentification): EntityDraft | null {
  const numbers = [doc.number, doc.latinNumber].filter((n) => n !== null);
  const first = numbers[0];
  if (first === undefined) return null;
  const code = doc.typeCode?.toLowerCase() ?? '';
  const wanted = NUMBER_PROPS[code] ?? 'idNumber';
  const prop = holder.accepts(wanted) ? wanted : 'idNumber';
  const schema = code === 'passport' ? 'Passport' : 'Identification';
  holder.addAll(prop, numbers);
  const draft = identityDocument(holder, schema, code, numbers);
  draft.add('type', doc.typeDescription ?? doc.typeCode);
  draft.add('country', known(doc.country));
  draft.add('authority', doc.issuedBy);
  draft.add('startDate', doc.issueDate);
  draft.add('endDate', doc.validTo);
  for (const remark of doc.remarks) draft.add('summary', remark);
  return draft;
}

/** Contact details listed with an address belong to the party (phones, fax, e-mail, web). */
function addContacts(entity: EntityDraft, a: EuAddress): void {
  for (const { key, value } of a.contacts) {
    const k = key.toUpperCase();
    const prop = k === 'PHONE' || k === 'FAX' ? 'phone' : k === 'EMAIL' ? 'email' : 'website';
    if (k !== 'PHONE' && k !== 'FAX' && k !== 'EMAIL' && k !== 'WEB') {
      entity.add('notes', `${key}: ${value}`, { original: value });
      continue;
    }
    if (!entity.accepts(prop)) continue;
    // Several numbers share one attribute, separated by semicolons.
    for (const part of value.split(';')) entity.add(prop, part.trim());
  }
}

/**
 * Add the address to the party (country, full text) and return its Address entity, or null when
 * the address names only a country.
 */
export function mapAddress(entity: EntityDraft, a: EuAddress): EntityDraft | null {
  addContacts(entity, a);
  const country = known(a.country);
  entity.add('country', country ?? (a.country ? null : a.countryDescription));
  const parts = [a.street, a.poBox, a.city, a.zipCode, a.region, a.place].filter((p) => p);
  if (parts.length === 0) {
    for (const remark of a.remarks) entity.add('notes', remark);
    return null;
  }
  const description = country ? a.countryDescription : null;
  const full = [...parts, description].filter((p) => p).join(', ');
  return addressEntity(entity, full, {
    street: a.street,
    postOfficeBox: a.poBox,
    city: a.city,
    postalCode: a.zipCode,
    region: a.region ?? a.place,
    country,
    remarks: a.remarks,
  });
}
