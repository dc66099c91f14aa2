/**
 * Reading the UK Sanctions List XML published by the FCDO (root Designations, one Designation
 * per designated person, entity or ship). Each Designation is streamed and parsed into a typed
 * record; values are trimmed text, interpreted only by the mapper.
 */
import {
  child,
  children,
  childText,
  readXmlRecords,
  SourceError,
  type XmlNode,
} from '../io/index.js';

/** Names/Name. */
export interface FcdoName {
  /** Name1 to Name5 (given names) then Name6 (surname, or a whole entity or ship name). */
  parts: string[];
  /** "Primary Name", "Primary Name Variation", "Alias" (capitalisation varies). */
  nameType: string | null;
  /** "Good quality a.k.a" or "Low quality a.k.a", for aliases. */
  aliasStrength: string | null;
}

/** NonLatinNames/NonLatinName. */
export interface FcdoNonLatinName {
  name: string;
  /** NonLatinScriptType and NonLatinScriptLanguage, such as "Arabic". */
  scriptType: string | null;
  language: string | null;
}

/** Addresses/Address: AddressLine1 to AddressLine6, AddressPostalCode, AddressCountry. */
export interface FcdoAddress {
  lines: string[];
  postalCode: string | null;
  country: string | null;
}

/** A passport (PassportNumber, PassportAdditionalInformation) or a national identifier. */
export interface FcdoDocument {
  number: string | null;
  info: string | null;
}

/** IndividualDetails/Individual. DOBs are dd/mm/yyyy with "dd" and "mm" for unknown parts. */
export interface FcdoIndividual {
  dobs: string[];
  nationalities: string[];
  genders: string[];
  positions: string[];
  passports: FcdoDocument[];
  nationalIds: FcdoDocument[];
  birthPlaces: { town: string | null; country: string | null }[];
}

/** EntityDetails/Entity. */
export interface FcdoEntity {
  types: string[];
  registrationNumbers: string[];
  parents: string[];
  subsidiaries: string[];
}

/** ShipDetails/Ship. */
export interface FcdoShip {
  imoNumbers: string[];
  currentOwnerOperators: string[];
  previousOwnerOperators: string[];
  currentFlags: string[];
  previousFlags: string[];
  types: string[];
  tonnages: string[];
  lengths: string[];
  yearsBuilt: string[];
}

export interface FcdoDesignation {
  /** Where the Designation starts in the file, for messages. */
  line: number;
  /** UniqueID, such as "AFG0011": the list's key for the designation. */
  uniqueId: string;
  /** OFSIGroupID: the Group ID of the same party on HM Treasury's older list. */
  ofsiGroupId: string | null;
  unReferenceNumber: string | null;
  /** LastUpdated and DateDesignated: dd/mm/yyyy. */
  lastUpdated: string | null;
  dateDesignated: string | null;
  names: FcdoName[];
  nonLatinNames: FcdoNonLatinName[];
  titles: string[];
  regimeName: string | null;
  /** IndividualEntityShip: "Individual", "Entity" or "Ship". */
  kind: string;
  /** DesignationSource: "UK", "UN", "UK|UN". */
  designationSource: string | null;
  /** SanctionsImposed: measures separated by "|" ("Asset freeze|Travel Ban"). */
  sanctionsImposed: string | null;
  otherInformation: string | null;
  statementOfReasons: string | null;
  addresses: FcdoAddress[];
  phones: string[];
  emails: string[];
  websites: string[];
  individuals: FcdoIndividual[];
  entities: FcdoEntity[];
  ships: FcdoShip[];
}

const RECORDS = new Set(['Designation']);

/** The texts of container/item: <Titles><Title>Maulavi</Title></Titles>. */
function list(node: XmlNode | undefined, container: string, item: string): string[] {
  const box = node && child(node, container);
  return box ? children(box, item).flatMap((c) => (c.text ? [c.text] : [])) : [];
}

/** The elements of container/item. */
function items(node: XmlNode, container: string, item: string): XmlNode[] {
  return children(node, container).flatMap((box) => children(box, item));
}

function readName(node: XmlNode): FcdoName {
  const parts = [1, 2, 3, 4, 5, 6].map((n) => childText(node, `Name${n}`) ?? '');
  return {
    parts,
    nameType: childText(node, 'NameType'),
    aliasStrength: childText(node, 'AliasStrength'),
  };
}

function readDocuments(node: XmlNode, container: string, item: string, prefix: string) {
  return items(node, container, item).map((d) => ({
    number: childText(d, `${prefix}Number`),
    info: childText(d, `${prefix}AdditionalInformation`),
  }));
}

function readIndividual(node: XmlNode): FcdoIndividual {
  return {
    dobs: list(node, 'DOBs', 'DOB'),
    nationalities: list(node, 'Nationalities', 'Nationality'),
    genders: list(node, 'Genders', 'Gender'),
    positions: list(node, 'Positions', 'Position'),
    passports: readDocuments(node, 'PassportDetails', 'Passport', 'Passport'),
    nationalIds: readDocuments(
      node,
      'NationalIdentifierDetails',
      'NationalIdentifier',
      'NationalIdentifier',
    ),
    birthPlaces: items(node, 'BirthDetails', 'Location').map((l) => ({
      town: childText(l, 'TownOfBirth'),
      country: childText(l, 'CountryOfBirth'),
    })),
  };
}

function readEntity(node: XmlNode): FcdoEntity {
  return {
    types: list(node, 'TypeOfEntities', 'TypeOfEntity'),
    registrationNumbers: list(node, 'BusinessRegistrationNumbers', 'BusinessRegistrationNumber'),
    parents: list(node, 'ParentCompanies', 'ParentCompany'),
    subsidiaries: list(node, 'Subsidiaries', 'Subsidiary'),
  };
}

function readShip(node: XmlNode): FcdoShip {
  return {
    imoNumbers: list(node, 'IMONumbers', 'IMONumber'),
    currentOwnerOperators: list(node, 'CurrentOwnerOperators', 'CurrentOwnerOperator'),
    previousOwnerOperators: list(node, 'PreviousOwnerOperators', 'PreviousOwnerOperator'),
    currentFlags: list(node, 'CurrentBelievedFlagOfShips', 'CurrentBelievedFlagOfShip'),
    previousFlags: list(node, 'PreviousFlags', 'PreviousFlag'),
    types: list(node, 'TypeOfShipDetails', 'TypeOfShip'),
    tonnages: list(node, 'TonnageOfShipDetails', 'TonnageOfShip'),
    lengths: list(node, 'LengthOfShipDetails', 'LengthOfShip'),
    yearsBuilt: list(node, 'YearsBuilt', 'YearBuilt'),
  };
}

function readAddress(node: XmlNode): FcdoAddress {
  return {
    lines: [1, 2, 3, 4, 5, 6].map((n) => childText(node, `AddressLine${n}`) ?? ''),
    postalCode: childText(node, 'AddressPostalCode'),
    country: childText(node, 'AddressCountry'),
  };
}

/**
 * The fields that identify a designation. A Designation without its UniqueID is refused with a
 * SourceError: the UniqueID is the only stable key, and skipping the record would silently drop
 * a designated party from screening.
 */
function readKey(node: XmlNode, path: string): { uniqueId: string; kind: string } {
  const where = `line ${node.line}`;
  const uniqueId = childText(node, 'UniqueID');
  if (!uniqueId) throw new SourceError(path, where, 'Designation without a UniqueID');
  if (!/^[A-Za-z0-9]+$/.test(uniqueId)) {
    throw new SourceError(path, where, `Designation has a malformed UniqueID "${uniqueId}"`);
  }
  const kind = childText(node, 'IndividualEntityShip');
  if (!kind)
    throw new SourceError(path, where, `Designation ${uniqueId} has no IndividualEntityShip`);
  return { uniqueId, kind };
}

export function parseDesignation(node: XmlNode, path: string): FcdoDesignation {
  const { uniqueId, kind } = readKey(node, path);
  const names = items(node, 'Names', 'Name').map(readName);
  if (!names.some((n) => n.parts.some((p) => p !== ''))) {
    throw new SourceError(path, `line ${node.line}`, `Designation ${uniqueId} has no name`);
  }
  return {
    line: node.line,
    uniqueId,
    ofsiGroupId: childText(node, 'OFSIGroupID'),
    unReferenceNumber: childText(node, 'UNReferenceNumber'),
    lastUpdated: childText(node, 'LastUpdated'),
    dateDesignated: childText(node, 'DateDesignated'),
    names,
    nonLatinNames: items(node, 'NonLatinNames', 'NonLatinName').flatMap((n) => {
      const name = childText(n, 'NameNonLatinScript');
      const scriptType = childText(n, 'NonLatinScriptType');
      return name ? [{ name, scriptType, language: childText(n, 'NonLatinScriptLanguage') }] : [];
    }),
    titles: list(node, 'Titles', 'Title'),
    regimeName: childText(node, 'RegimeName'),
    kind,
    designationSource: childText(node, 'DesignationSource'),
    sanctionsImposed: childText(node, 'SanctionsImposed'),
    otherInformation: childText(node, 'OtherInformation'),
    statementOfReasons: childText(node, 'UKStatementofReasons'),
    addresses: items(node, 'Addresses', 'Address').map(readAddress),
    phones: list(node, 'PhoneNumbers', 'PhoneNumber'),
    emails: list(node, 'EmailAddresses', 'EmailAddress'),
    websites: list(node, 'Websites', 'Website'),
    individuals: items(node, 'IndividualDetails', 'Individual').map(readIndividual),
    entities: items(node, 'EntityDetails', 'Entity').map(readEntity),
    ships: items(node, 'ShipDetails', 'Ship').map(readShip),
  };
}

/** Stream the designations of one file. A file without any is refused: it is not this list. */
export async function* readDesignations(
  path: string,
  progress: (bytes: number) => void,
): AsyncIterable<FcdoDesignation> {
  let count = 0;
  for await (const node of readXmlRecords(path, RECORDS, progress)) {
    count++;
    yield parseDesignation(node, path);
  }
  if (count === 0) throw new SourceError(path, null, 'no Designation records found');
}
