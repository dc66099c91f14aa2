/**
 * Reading OFAC's advanced XML (sdn_advanced.xml, cons_advanced.xml). The format is relational:
 * parties point by ID to reference values, locations, documents and sanctions entries, some of
 * which come after the parties in the file. So the file is read twice: the first pass keeps
 * the small tables (`readTables`), the second streams the parties one at a time
 * (`readParties`). Memory is bounded by the tables, never by the parties.
 */
import {
  child,
  children,
  childText,
  readXmlRecords,
  SourceError,
  type XmlNode,
} from '../io/index.js';
import { type Period, References, readPeriod, readYmd } from './refs.js';

/** A `Location`: an address or a bare country, pointed to by features and documents. */
export interface Location {
  /** `LocationPart`s: `type` is a LocPartType ID ("ADDRESS1", "CITY", ...). */
  parts: { typeId: string; value: string }[];
  /** `LocationCountry/@CountryID`. */
  countryId: string | null;
  /** `LocationAreaCode/@AreaCodeID`. */
  areaCodeId: string | null;
}

/** An `IDRegDocument`: an identity document or register number of an identity. */
export interface IdDocument {
  /** `@IDRegDocTypeID`: what the document is (IDRegDocType). */
  typeId: string;
  /** `@IdentityID`: the Identity (of a party) that holds it. */
  identityId: string;
  /** `@IssuedBy-CountryID`. */
  countryId: string | null;
  /** `@ValidityID`: Valid or Fraudulent (Validity). */
  validityId: string | null;
  /** `IDRegistrationNo`: the number. */
  number: string | null;
  /** `IssuingAuthority`. */
  authority: string | null;
  /** `DocumentDate`s: issue and expiry (IDRegDocDateType) with their periods. */
  dates: { typeId: string; period: Period }[];
}

/** A `SanctionsEntry`: the listing of one profile. */
export interface SanctionsEntry {
  /** `@ListID`: the list (List), e.g. "SDN List". */
  listId: string | null;
  /** `EntryEvent`s: type (EntryEventType), legal basis (LegalBasis) and date. */
  events: { typeId: string | null; legalBasisId: string | null; date: string | null }[];
  /** `SanctionsMeasure`s: type (SanctionsType) and comment (the program code for "Program"). */
  measures: { typeId: string | null; comment: string | null }[];
}

/** A `ProfileRelationship` between two listed profiles. */
export interface Relationship {
  id: string;
  fromProfileId: string;
  toProfileId: string;
  /** `@RelationTypeID` (RelationType): "Associate Of", "Owned or Controlled By", ... */
  typeId: string | null;
  /** `@Former`: the relation no longer holds. */
  former: boolean;
}

/** What the first pass keeps: everything parties point to. */
export interface Tables {
  refs: References;
  locations: Map<string, Location>;
  /** Documents by the Identity they belong to. */
  documents: Map<string, IdDocument[]>;
  /** Sanctions entries by profile ID. */
  entries: Map<string, SanctionsEntry[]>;
  relationships: Relationship[];
}

function readLocation(n: XmlNode): Location {
  const parts = children(n, 'LocationPart').flatMap((part) => {
    const values = children(part, 'LocationPartValue');
    const chosen = values.find((v) => v.attrs.Primary === 'true') ?? values[0];
    const value = chosen ? childText(chosen, 'Value') : null;
    return value ? [{ typeId: part.attrs.LocPartTypeID ?? '', value }] : [];
  });
  return {
    parts,
    countryId: child(n, 'LocationCountry')?.attrs.CountryID ?? null,
    areaCodeId: child(n, 'LocationAreaCode')?.attrs.AreaCodeID ?? null,
  };
}

function readDocument(path: string, n: XmlNode): IdDocument {
  const identityId = n.attrs.IdentityID;
  const typeId = n.attrs.IDRegDocTypeID;
  if (!identityId || !typeId) {
    throw new SourceError(
      path,
      `line ${n.line}`,
      'IDRegDocument without IdentityID or IDRegDocTypeID',
    );
  }
  return {
    typeId,
    identityId,
    countryId: n.attrs['IssuedBy-CountryID'] ?? null,
    validityId: n.attrs.ValidityID ?? null,
    number: childText(n, 'IDRegistrationNo'),
    authority: childText(n, 'IssuingAuthority'),
    dates: children(n, 'DocumentDate').flatMap((d) => {
      const period = readPeriod(child(d, 'DatePeriod'));
      return period ? [{ typeId: d.attrs.IDRegDocDateTypeID ?? '', period }] : [];
    }),
  };
}

function readEntry(n: XmlNode): SanctionsEntry {
  return {
    listId: n.attrs.ListID ?? null,
    events: children(n, 'EntryEvent').map((e) => ({
      typeId: e.attrs.EntryEventTypeID ?? null,
      legalBasisId: e.attrs.LegalBasisID ?? null,
      date: readYmd(child(e, 'Date')),
    })),
    measures: children(n, 'SanctionsMeasure').map((m) => ({
      typeId: m.attrs.SanctionsTypeID ?? null,
      comment: childText(m, 'Comment'),
    })),
  };
}

function readRelationship(path: string, n: XmlNode): Relationship {
  const from = n.attrs['From-ProfileID'];
  const to = n.attrs['To-ProfileID'];
  if (!from || !to) {
    throw new SourceError(
      path,
      `line ${n.line}`,
      'ProfileRelationship without From- or To-ProfileID',
    );
  }
  const id = n.attrs.ID ?? `${from}-${to}`;
  return {
    id,
    fromProfileId: from,
    toProfileId: to,
    typeId: n.attrs.RelationTypeID ?? null,
    former: n.attrs.Former === 'true',
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const TABLE_RECORDS = new Set([
  'ReferenceValueSets',
  'Location',
  'IDRegDocument',
  'SanctionsEntry',
  'ProfileRelationship',
]);

/** First pass: the reference tables, locations, documents, sanctions entries, relationships. */
export async function readTables(path: string, progress: (bytes: number) => void): Promise<Tables> {
  const tables: Tables = {
    refs: new References(),
    locations: new Map(),
    documents: new Map(),
    entries: new Map(),
    relationships: [],
  };
  for await (const n of readXmlRecords(path, TABLE_RECORDS, progress)) {
    if (n.name === 'ReferenceValueSets') tables.refs.addSets(n);
    else if (n.name === 'Location' && n.attrs.ID) tables.locations.set(n.attrs.ID, readLocation(n));
    else if (n.name === 'IDRegDocument') {
      const doc = readDocument(path, n);
      push(tables.documents, doc.identityId, doc);
    } else if (n.name === 'SanctionsEntry') {
      const profileId = n.attrs.ProfileID;
      if (!profileId)
        throw new SourceError(path, `line ${n.line}`, 'SanctionsEntry without ProfileID');
      push(tables.entries, profileId, readEntry(n));
    } else if (n.name === 'ProfileRelationship') {
      tables.relationships.push(readRelationship(path, n));
    }
  }
  if (tables.refs.size === 0) {
    throw new SourceError(path, null, 'no ReferenceValueSets: not an OFAC advanced XML file');
  }
  return tables;
}
