/**
 * Reading the EU Financial Sanctions Files (FSF) XML, version 1.1: root `export` in the namespace
 * http://eu.europa.ec/fpi/fsd/export, one `sanctionEntity` per listed party. Every value in the
 * format is an attribute; empty attributes (the EU writes `middleName=""` and so on) read as null.
 */
import { child, children, readXmlRecords, SourceError, type XmlNode } from '../io/index.js';

/** One name of a party (`nameAlias`). */
export interface EuName {
  wholeName: string | null;
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  /** `M` or `F`. */
  gender: string | null;
  title: string | null;
  /** The office or role the name is listed with ("Minister of ..."), or a description. */
  function: string | null;
  /** Two-letter EU language code of the name ("EN", "RU", "AR"), when given. */
  language: string | null;
  /** `strong="false"` marks a weak alias; absent means strong. */
  strong: boolean;
  remarks: string[];
}

/** A date and place of birth (`birthdate`). */
export interface EuBirth {
  /** The full date (ISO) when known; the EU converts non-Gregorian dates here. */
  date: string | null;
  year: string | null;
  month: string | null;
  day: string | null;
  /** `GREGORIAN`, `ISLAMIC`...: the parts above are in this calendar. */
  calendar: string | null;
  /** Birth year range, when only that is known. */
  yearFrom: string | null;
  yearTo: string | null;
  city: string | null;
  place: string | null;
  region: string | null;
  /** ISO 3166 alpha-2, or "00" for unknown. */
  country: string | null;
  remarks: string[];
}

export interface EuCitizenship {
  country: string | null;
  countryDescription: string | null;
  remarks: string[];
}

/** An identity document or registration number (`identification`). */
export interface EuIdentification {
  number: string | null;
  /** The number in Latin script when `number` is in another one. */
  latinNumber: string | null;
  /** `passport`, `id`, `regnumber`, `fiscalcode`, `swiftbic`, `other`... */
  typeCode: string | null;
  typeDescription: string | null;
  country: string | null;
  issuedBy: string | null;
  issueDate: string | null;
  validTo: string | null;
  remarks: string[];
}

export interface EuAddress {
  street: string | null;
  city: string | null;
  zipCode: string | null;
  region: string | null;
  place: string | null;
  poBox: string | null;
  country: string | null;
  countryDescription: string | null;
  remarks: string[];
  /** `contactInfo` pairs such as PHONE, FAX, EMAIL, WEB. */
  contacts: { key: string; value: string }[];
}

/** The legal act listing or amending the entry (`regulation`). */
export interface EuRegulation {
  /** Sanctions programme code ("IRQ", "TERR", "UKR"). */
  programme: string | null;
  publicationDate: string | null;
  entryIntoForceDate: string | null;
  /** "1210/2003 (OJ L169)". */
  numberTitle: string | null;
  publicationUrl: string | null;
}

export interface EuEntity {
  /** Line of the `sanctionEntity` element, for messages. */
  line: number;
  logicalId: string;
  euReferenceNumber: string | null;
  unitedNationId: string | null;
  designationDate: string | null;
  designationDetails: string | null;
  /** `person` or `enterprise`. */
  subjectType: string | null;
  remarks: string[];
  regulations: EuRegulation[];
  names: EuName[];
  citizenships: EuCitizenship[];
  births: EuBirth[];
  identifications: EuIdentification[];
  addresses: EuAddress[];
}

/** An attribute's trimmed text, null when absent or blank. */
function attr(node: XmlNode | undefined, name: string): string | null {
  const value = node?.attrs[name]?.trim();
  return value ? value : null;
}

function remarks(node: XmlNode): string[] {
  return children(node, 'remark')
    .map((r) => r.text)
    .filter((t) => t !== '');
}

function readName(n: XmlNode): EuName {
  return {
    wholeName: attr(n, 'wholeName'),
    firstName: attr(n, 'firstName'),
    middleName: attr(n, 'middleName'),
    lastName: attr(n, 'lastName'),
    gender: attr(n, 'gender'),
    title: attr(n, 'title'),
    function: attr(n, 'function'),
    language: attr(n, 'nameLanguage'),
    strong: attr(n, 'strong') !== 'false',
    remarks: remarks(n),
  };
}

function readBirth(n: XmlNode): EuBirth {
  return {
    date: attr(n, 'birthdate'),
    year: attr(n, 'year'),
    month: attr(n, 'monthOfYear'),
    day: attr(n, 'dayOfMonth'),
    calendar: attr(n, 'calendarType'),
    yearFrom: attr(n, 'yearRangeFrom'),
    yearTo: attr(n, 'yearRangeTo'),
    city: attr(n, 'city'),
    place: attr(n, 'place'),
    region: attr(n, 'region'),
    country: attr(n, 'countryIso2Code'),
    remarks: remarks(n),
  };
}

function readIdentification(n: XmlNode): EuIdentification {
  return {
    number: attr(n, 'number'),
    latinNumber: attr(n, 'latinNumber'),
    typeCode: attr(n, 'identificationTypeCode'),
    typeDescription: attr(n, 'identificationTypeDescription'),
    country: attr(n, 'countryIso2Code'),
    issuedBy: attr(n, 'issuedBy'),
    issueDate: attr(n, 'issueDate'),
    validTo: attr(n, 'validTo'),
    remarks: remarks(n),
  };
}

function readAddress(n: XmlNode): EuAddress {
  const contacts = children(n, 'contactInfo').flatMap((c) => {
    const key = attr(c, 'key');
    const value = attr(c, 'value');
    return key && value ? [{ key, value }] : [];
  });
  return {
    street: attr(n, 'street'),
    city: attr(n, 'city'),
    zipCode: attr(n, 'zipCode'),
    region: attr(n, 'region'),
    place: attr(n, 'place'),
    poBox: attr(n, 'poBox'),
    country: attr(n, 'countryIso2Code'),
    countryDescription: attr(n, 'countryDescription'),
    remarks: remarks(n),
    contacts,
  };
}

function readRegulation(n: XmlNode): EuRegulation {
  return {
    programme: attr(n, 'programme'),
    publicationDate: attr(n, 'publicationDate'),
    entryIntoForceDate: attr(n, 'entryIntoForceDate'),
    numberTitle: attr(n, 'numberTitle'),
    publicationUrl: child(n, 'publicationUrl')?.text || attr(n, 'publicationUrl'),
  };
}

/** Parse one `sanctionEntity` element; its `logicalId` is required, as the entity's ID. */
export function readEntity(node: XmlNode, file: string): EuEntity {
  const logicalId = attr(node, 'logicalId');
  if (!logicalId) {
    throw new SourceError(file, `line ${node.line}`, 'sanctionEntity without a logicalId');
  }
  return {
    line: node.line,
    logicalId,
    euReferenceNumber: attr(node, 'euReferenceNumber'),
    unitedNationId: attr(node, 'unitedNationId'),
    designationDate: attr(node, 'designationDate'),
    designationDetails: attr(node, 'designationDetails'),
    subjectType: attr(child(node, 'subjectType'), 'code'),
    remarks: remarks(node),
    regulations: children(node, 'regulation').map(readRegulation),
    names: children(node, 'nameAlias').map(readName),
    citizenships: children(node, 'citizenship').map((c) => ({
      country: attr(c, 'countryIso2Code'),
      countryDescription: attr(c, 'countryDescription'),
      remarks: remarks(c),
    })),
    births: children(node, 'birthdate').map(readBirth),
    identifications: children(node, 'identification').map(readIdentification),
    addresses: children(node, 'address').map(readAddress),
  };
}

/** Stream the entities of one FSF XML file. */
export async function* readEuFile(
  file: string,
  progress: (bytes: number) => void,
): AsyncIterable<EuEntity> {
  for await (const node of readXmlRecords(file, new Set(['sanctionEntity']), progress)) {
    yield readEntity(node, file);
  }
}
