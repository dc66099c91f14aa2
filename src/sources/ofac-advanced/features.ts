/**
 * A party's features, locations and documents, resolved through the reference tables and
 * applied with the same label rules as SDN.XML (the FeatureType and IDRegDocType texts are
 * SDN.XML's idType labels).
 */
import { cleanCountry, lookupTable } from '../../core/normalise/index.js';
import {
  type AddressParts,
  type EntryDrafts,
  type LabelledValue,
  ruleFor,
  spanValues,
} from '../common/ofac/index.js';
import type { Feature, FeatureVersion, Party } from './parties.js';
import type { Location, Tables } from './read.js';
import type { References } from './refs.js';

/** OFAC's country for "no known country", not a country. */
const UNDETERMINED = /^undetermined$/i;

/**
 * A country's name, or its ISO code when the name is one the cleaner does not know
 * ("Region: Gaza" has no ISO code and is kept as written, to be reported if rejected).
 */
function countryName(refs: References, countryId: string | null): string | null {
  const country = refs.value('Country', countryId);
  if (!country?.text || UNDETERMINED.test(country.text)) return null;
  if (cleanCountry(country.text) === null && country.attrs.ISO2) return country.attrs.ISO2;
  return country.text;
}

function locationCountry(refs: References, loc: Location): string | null {
  const byCountry = countryName(refs, loc.countryId);
  if (byCountry) return byCountry;
  const area = refs.value('AreaCode', loc.areaCodeId);
  const description = area?.attrs.Description;
  if (!description || UNDETERMINED.test(description)) return null;
  return area.attrs.CountryID
    ? (countryName(refs, area.attrs.CountryID) ?? description)
    : description;
}

const PART_KEYS = lookupTable<keyof AddressParts>({
  address1: 'street',
  address2: 'street2',
  address3: 'street3',
  city: 'city',
  'state/province': 'state',
  'postal code': 'postalCode',
  region: 'region',
});

/** A location's parts by their LocPartType; parts of unknown type are taken as the region. */
export function locationParts(refs: References, loc: Location): AddressParts {
  const parts: AddressParts = { country: locationCountry(refs, loc) };
  for (const part of loc.parts) {
    const type = refs.text('LocPartType', part.typeId)?.toLowerCase() ?? '';
    const key = PART_KEYS[type] ?? 'region';
    parts[key] = parts[key] ? `${parts[key]}, ${part.value}` : part.value;
  }
  return parts;
}

/** A location given where a single value is wanted (a nationality): its country, else its text. */
function locationText(refs: References, loc: Location): string | null {
  const parts = locationParts(refs, loc);
  const detail = [
    parts.street,
    parts.street2,
    parts.street3,
    parts.city,
    parts.state,
    parts.region,
  ];
  const text = detail.filter(Boolean).join(', ');
  if (parts.country && (!text || cleanCountry(text) === cleanCountry(parts.country)))
    return parts.country;
  return [text, parts.country].filter(Boolean).join(', ') || null;
}

/** The values of one feature version: its period's dates, its details, its locations. */
function versionValues(
  tables: Tables,
  version: FeatureVersion,
): { value: string; original?: string }[] {
  const values: { value: string; original?: string }[] = [];
  const { period } = version;
  if (period) {
    // The period is recorded as an ISO interval when it is one, since that is what the file says.
    const original = period.start === period.end ? undefined : `${period.start}/${period.end}`;
    for (const value of spanValues(period.start, period.end)) values.push({ value, original });
  }
  for (const detail of version.details) {
    const text = detail.text ?? tables.refs.text('DetailReference', detail.referenceId);
    if (text) values.push({ value: text });
  }
  for (const id of version.locationIds) {
    const loc = tables.locations.get(id);
    const text = loc ? locationText(tables.refs, loc) : null;
    if (text) values.push({ value: text });
  }
  return values;
}

function applyFeature(
  drafts: EntryDrafts,
  tables: Tables,
  feature: Feature,
  warn: (m: string) => void,
) {
  const { refs } = tables;
  const label = refs.text('FeatureType', feature.typeId);
  if (!label) {
    warn(`${drafts.where}: FeatureTypeID ${feature.typeId} is not in the reference tables`);
    return;
  }
  for (const version of feature.versions) {
    // A version OFAC marks as false is a value the party does not have.
    if (refs.text('Reliability', version.reliabilityId)?.toLowerCase() === 'false') continue;
    if (ruleFor(label).kind === 'address') {
      for (const id of version.locationIds) {
        const loc = tables.locations.get(id);
        if (loc) drafts.addAddress(locationParts(refs, loc));
        else warn(`${drafts.where}: LocationID ${id} is not in the file's Locations`);
      }
      continue;
    }
    for (const v of versionValues(tables, version)) drafts.apply({ label, ...v });
  }
}

/** Apply all features of the party. */
export function addFeatures(
  drafts: EntryDrafts,
  tables: Tables,
  party: Party,
  warn: (m: string) => void,
) {
  for (const feature of party.features) applyFeature(drafts, tables, feature, warn);
}

/** Apply the documents of the party's identities; returns the identity IDs it holds. */
export function addDocuments(drafts: EntryDrafts, tables: Tables, party: Party): string[] {
  const { refs } = tables;
  const ids = party.identities.map((i) => i.id);
  for (const doc of ids.flatMap((id) => tables.documents.get(id) ?? [])) {
    if (!doc.number) continue;
    const validity = refs.text('Validity', doc.validityId);
    const item: LabelledValue = {
      label: refs.text('IDRegDocType', doc.typeId) ?? 'Identification',
      value: doc.number,
      country: countryName(refs, doc.countryId),
      authority: doc.authority,
      validity: validity && validity.toLowerCase() !== 'valid' ? validity : null,
    };
    for (const date of doc.dates) {
      const type = refs.text('IDRegDocDateType', date.typeId)?.toLowerCase() ?? '';
      if (type.startsWith('issue')) item.startDate = date.period.start;
      else if (type.startsWith('expir')) item.endDate = date.period.start;
    }
    drafts.apply(item);
  }
  return ids;
}
