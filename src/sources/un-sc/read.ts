/**
 * Reading the UN Security Council consolidated list (XML, root CONSOLIDATED_LIST with
 * INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY). Each entry is streamed and parsed into a typed
 * record; nothing is interpreted here beyond trimming.
 */
import { children, childText, readXmlRecords, SourceError, type XmlNode } from '../io/index.js';

/** INDIVIDUAL_ALIAS / ENTITY_ALIAS. */
export interface UnAlias {
  /** "Good", "Low" (individuals), "a.k.a.", "f.k.a." (entities), or null. */
  quality: string | null;
  name: string;
  /** Birth details given for this alias only (individuals, rare). */
  dateOfBirth: string | null;
  cityOfBirth: string | null;
  countryOfBirth: string | null;
}

/** INDIVIDUAL_ADDRESS / ENTITY_ADDRESS; INDIVIDUAL_PLACE_OF_BIRTH has the same parts. */
export interface UnPlace {
  street: string | null;
  city: string | null;
  stateProvince: string | null;
  zipCode: string | null;
  country: string | null;
  /** A remark such as "as of June 2016". */
  note: string | null;
}

/** INDIVIDUAL_DATE_OF_BIRTH: TYPE_OF_DATE is EXACT, APPROXIMATELY or BETWEEN. */
export interface UnBirthDate {
  typeOfDate: string | null;
  /** A full ISO date. */
  date: string | null;
  year: string | null;
  /** The range for BETWEEN. */
  fromYear: string | null;
  toYear: string | null;
  /** Sometimes the only date there is ("Nov. 1973"), sometimes a remark ("Approximately"). */
  note: string | null;
}

/** INDIVIDUAL_DOCUMENT. */
export interface UnDocument {
  /** "Passport", "National Identification Number", or the same in French or Spanish. */
  type: string | null;
  /** A finer free-text type ("Afghan national identification card (tazkira) number 545167"). */
  type2: string | null;
  number: string | null;
  issuingCountry: string | null;
  countryOfIssue: string | null;
  cityOfIssue: string | null;
  dateOfIssue: string | null;
  note: string | null;
}

export interface UnEntry {
  kind: 'individual' | 'entity';
  /** Where the entry starts in the file, for messages. */
  line: number;
  /** DATAID: the UN's permanent numeric key of the entry. */
  dataId: string;
  /** FIRST_NAME .. FOURTH_NAME, blanks dropped (an entity's whole name is FIRST_NAME). */
  nameParts: string[];
  /** UN_LIST_TYPE: the sanctions regime ("Al-Qaida", "DPRK"). */
  listType: string | null;
  /** REFERENCE_NUMBER, such as "KPi.033". */
  referenceNumber: string | null;
  /** LISTED_ON, an ISO date. */
  listedOn: string | null;
  nameOriginalScript: string | null;
  /** COMMENTS1: free-text remarks. */
  comments: string | null;
  titles: string[];
  /** DESIGNATION: positions held. */
  designations: string[];
  nationalities: string[];
  gender: string | null;
  lastUpdated: string[];
  aliases: UnAlias[];
  addresses: UnPlace[];
  birthDates: UnBirthDate[];
  birthPlaces: UnPlace[];
  documents: UnDocument[];
}

const RECORDS = new Set(['INDIVIDUAL', 'ENTITY']);
const NAME_TAGS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

/**
 * The list's dates are XML Schema dates, which may carry a time zone ("2015-07-01-04:00"); the
 * zone says nothing about the day, so it is dropped.
 */
function xsDate(text: string | null): string | null {
  return text ? text.replace(/^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})$/, '$1') : null;
}

/** The VALUE children of every `name` child: <NATIONALITY><VALUE>..</VALUE></NATIONALITY>. */
function values(node: XmlNode, name: string): string[] {
  return children(node, name)
    .flatMap((c) => children(c, 'VALUE'))
    .map((v) => v.text)
    .filter((t) => t !== '');
}

function readPlace(node: XmlNode): UnPlace {
  return {
    street: childText(node, 'STREET'),
    city: childText(node, 'CITY'),
    stateProvince: childText(node, 'STATE_PROVINCE'),
    zipCode: childText(node, 'ZIP_CODE'),
    country: childText(node, 'COUNTRY'),
    note: childText(node, 'NOTE'),
  };
}

function readAlias(node: XmlNode): UnAlias | null {
  const name = childText(node, 'ALIAS_NAME');
  if (!name) return null;
  return {
    quality: childText(node, 'QUALITY'),
    name,
    dateOfBirth: xsDate(childText(node, 'DATE_OF_BIRTH')),
    cityOfBirth: childText(node, 'CITY_OF_BIRTH'),
    countryOfBirth: childText(node, 'COUNTRY_OF_BIRTH'),
  };
}

function readBirthDate(node: XmlNode): UnBirthDate {
  return {
    typeOfDate: childText(node, 'TYPE_OF_DATE'),
    date: xsDate(childText(node, 'DATE')),
    year: childText(node, 'YEAR'),
    fromYear: childText(node, 'FROM_YEAR'),
    toYear: childText(node, 'TO_YEAR'),
    note: childText(node, 'NOTE'),
  };
}

function readDocument(node: XmlNode): UnDocument {
  return {
    type: childText(node, 'TYPE_OF_DOCUMENT'),
    type2: childText(node, 'TYPE_OF_DOCUMENT2'),
    number: childText(node, 'NUMBER'),
    issuingCountry: childText(node, 'ISSUING_COUNTRY'),
    countryOfIssue: childText(node, 'COUNTRY_OF_ISSUE'),
    cityOfIssue: childText(node, 'CITY_OF_ISSUE'),
    dateOfIssue: xsDate(childText(node, 'DATE_OF_ISSUE')),
    note: childText(node, 'NOTE'),
  };
}

/** Elements holding nothing but empty children (<INDIVIDUAL_ADDRESS><COUNTRY/>) are dropped. */
function hasContent(node: XmlNode): boolean {
  return node.text !== '' || node.children.some(hasContent);
}

function prefixed(node: XmlNode, suffix: string): XmlNode[] {
  return children(node, `${node.name}_${suffix}`).filter(hasContent);
}

/**
 * Parse one INDIVIDUAL or ENTITY element. An entry without a DATAID or a name is refused with a
 * SourceError: the DATAID is the only stable key the list gives, so an entry without one cannot
 * be given an ID, and skipping it would silently drop a sanctioned party.
 */
export function parseEntry(node: XmlNode, path: string): UnEntry {
  const where = `line ${node.line}`;
  const dataId = childText(node, 'DATAID');
  if (!dataId) throw new SourceError(path, where, `${node.name} without a DATAID`);
  if (!/^\d+$/.test(dataId)) {
    throw new SourceError(
      path,
      where,
      `${node.name} has a DATAID that is not a number: "${dataId}"`,
    );
  }
  const nameParts = NAME_TAGS.map((t) => childText(node, t)).filter((t): t is string => !!t);
  if (nameParts.length === 0) {
    throw new SourceError(path, where, `${node.name} ${dataId} has no name (FIRST_NAME)`);
  }
  return {
    kind: node.name === 'INDIVIDUAL' ? 'individual' : 'entity',
    line: node.line,
    dataId,
    nameParts,
    listType: childText(node, 'UN_LIST_TYPE'),
    referenceNumber: childText(node, 'REFERENCE_NUMBER'),
    listedOn: xsDate(childText(node, 'LISTED_ON')),
    nameOriginalScript: childText(node, 'NAME_ORIGINAL_SCRIPT'),
    comments: childText(node, 'COMMENTS1'),
    titles: values(node, 'TITLE'),
    designations: values(node, 'DESIGNATION'),
    nationalities: values(node, 'NATIONALITY'),
    gender: childText(node, 'GENDER'),
    lastUpdated: values(node, 'LAST_DAY_UPDATED').map((v) => xsDate(v)!),
    aliases: prefixed(node, 'ALIAS')
      .map(readAlias)
      .filter((a): a is UnAlias => a !== null),
    addresses: prefixed(node, 'ADDRESS').map(readPlace),
    birthDates: prefixed(node, 'DATE_OF_BIRTH').map(readBirthDate),
    birthPlaces: prefixed(node, 'PLACE_OF_BIRTH').map(readPlace),
    documents: prefixed(node, 'DOCUMENT').map(readDocument),
  };
}

/** Stream the entries of one file. A file without any entry is refused: it is not this list. */
export async function* readUnEntries(
  path: string,
  progress: (bytes: number) => void,
): AsyncIterable<UnEntry> {
  let count = 0;
  for await (const node of readXmlRecords(path, RECORDS, progress)) {
    count++;
    yield parseEntry(node, path);
  }
  if (count === 0) throw new SourceError(path, null, 'no INDIVIDUAL or ENTITY entries found');
}
