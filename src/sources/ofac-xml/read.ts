/**
 * Reading OFAC's XML in the `sdnList` schema (SDN.XML, and consolidated.xml for the non-SDN
 * lists): `publshInformation` then one `sdnEntry` per listed party. Entries stream one at a
 * time; nothing else of the file is held.
 */
import {
  child,
  children,
  childText,
  readXmlRecords,
  SourceError,
  type XmlNode,
} from '../io/index.js';

/** An identifier or informational remark of an entry (`idList/id`). */
export interface SdnId {
  /** `idType`: what the number is ("Passport", "Website", "Secondary sanctions risk:"). */
  type: string;
  /** `idNumber`: the number or text itself. */
  number: string;
  /** `idCountry`: the issuing country, by name. */
  country: string | null;
  /** `issueDate`, `expirationDate`: as written ("13 Nov 1978"). */
  issueDate: string | null;
  expirationDate: string | null;
}

/** Another name of the entry (`akaList/aka`). */
export interface SdnAka {
  /** `type`: "a.k.a.", "f.k.a." (formerly) or "n.k.a." (now). */
  type: string;
  /** `category`: "strong", or "weak" for low-quality names. */
  category: string;
  firstName: string | null;
  lastName: string | null;
}

/** An address (`addressList/address`); each part optional. */
export interface SdnAddress {
  address1: string | null;
  address2: string | null;
  address3: string | null;
  city: string | null;
  stateOrProvince: string | null;
  postalCode: string | null;
  country: string | null;
}

/** A value of a list that marks one value as the main one (dates and places of birth...). */
export interface SdnItem {
  value: string;
  /** `mainEntry`: whether OFAC marks this value as the main one. */
  main: boolean;
}

/** `vesselInfo`: what OFAC gives about a vessel. */
export interface SdnVessel {
  callSign: string | null;
  vesselType: string | null;
  vesselFlag: string | null;
  /** Owner, by name. */
  vesselOwner: string | null;
  tonnage: string | null;
  grossRegisteredTonnage: string | null;
}

/** One `sdnEntry`: a listed party. */
export interface SdnEntry {
  /** `uid`: OFAC's ID of the entry, the same in all its formats. Required. */
  uid: string;
  /** Line of the file where the entry starts. */
  line: number;
  /** `sdnType`: Individual, Entity, Vessel or Aircraft. Required. */
  sdnType: string;
  /** `firstName`: an individual's given names. */
  firstName: string | null;
  /** `lastName`: an individual's family name; the whole name of anything else. Required. */
  lastName: string;
  /** `title`: an individual's position or rank. */
  title: string | null;
  /** `remarks`: free text, including "(Linked To: NAME)" references. */
  remarks: string | null;
  /** `programList/program`: sanctions program codes ("SDGT", "IRAN"). */
  programs: string[];
  ids: SdnId[];
  akas: SdnAka[];
  addresses: SdnAddress[];
  nationalities: SdnItem[];
  citizenships: SdnItem[];
  birthDates: SdnItem[];
  birthPlaces: SdnItem[];
  vessel: SdnVessel | null;
}

/** `publshInformation` (sic): the list's date and its own count of entries. */
export interface SdnPublication {
  publishDate: string | null;
  recordCount: number | null;
}

export type SdnRecord = { entry: SdnEntry } | { publication: SdnPublication };

const SDN_TYPES = new Set(['Individual', 'Entity', 'Vessel', 'Aircraft']);

function items(node: XmlNode, list: string, item: string, field: string): SdnItem[] {
  const listNode = child(node, list);
  if (!listNode) return [];
  return children(listNode, item).flatMap((n) => {
    const value = childText(n, field);
    return value ? [{ value, main: childText(n, 'mainEntry') === 'true' }] : [];
  });
}

function listOf<T>(node: XmlNode, list: string, item: string, read: (n: XmlNode) => T): T[] {
  const listNode = child(node, list);
  return listNode ? children(listNode, item).map(read) : [];
}

function readId(n: XmlNode): SdnId | null {
  const type = childText(n, 'idType');
  const number = childText(n, 'idNumber');
  if (!type || !number) return null;
  return {
    type,
    number,
    country: childText(n, 'idCountry'),
    issueDate: childText(n, 'issueDate'),
    expirationDate: childText(n, 'expirationDate'),
  };
}

function readAka(n: XmlNode): SdnAka {
  return {
    type: childText(n, 'type') ?? 'a.k.a.',
    category: childText(n, 'category') ?? 'strong',
    firstName: childText(n, 'firstName'),
    lastName: childText(n, 'lastName'),
  };
}

function readAddress(n: XmlNode): SdnAddress {
  const t = (name: string) => childText(n, name);
  return {
    address1: t('address1'),
    address2: t('address2'),
    address3: t('address3'),
    city: t('city'),
    stateOrProvince: t('stateOrProvince'),
    postalCode: t('postalCode'),
    country: t('country'),
  };
}

function readVessel(n: XmlNode | undefined): SdnVessel | null {
  if (!n) return null;
  const t = (name: string) => childText(n, name);
  return {
    callSign: t('callSign'),
    vesselType: t('vesselType'),
    vesselFlag: t('vesselFlag'),
    vesselOwner: t('vesselOwner'),
    tonnage: t('tonnage'),
    grossRegisteredTonnage: t('grossRegisteredTonnage'),
  };
}

/** Parse one `sdnEntry`; a missing uid, name or type is an error naming the entry. */
export function readEntry(path: string, n: XmlNode): SdnEntry {
  const uid = childText(n, 'uid');
  if (!uid) throw new SourceError(path, `line ${n.line}`, 'sdnEntry without <uid>');
  const where = `sdnEntry ${uid} (line ${n.line})`;
  const lastName = childText(n, 'lastName');
  if (!lastName) throw new SourceError(path, where, 'no <lastName> (the name)');
  const sdnType = childText(n, 'sdnType');
  if (!sdnType || !SDN_TYPES.has(sdnType)) {
    throw new SourceError(path, where, `unknown <sdnType> "${sdnType ?? ''}"`);
  }
  return {
    uid,
    line: n.line,
    sdnType,
    firstName: childText(n, 'firstName'),
    lastName,
    title: childText(n, 'title'),
    remarks: childText(n, 'remarks'),
    programs: listOf(n, 'programList', 'program', (p) => p.text).filter((p) => p !== ''),
    ids: listOf(n, 'idList', 'id', readId).filter((id): id is SdnId => id !== null),
    akas: listOf(n, 'akaList', 'aka', readAka),
    addresses: listOf(n, 'addressList', 'address', readAddress),
    nationalities: items(n, 'nationalityList', 'nationality', 'country'),
    citizenships: items(n, 'citizenshipList', 'citizenship', 'country'),
    birthDates: items(n, 'dateOfBirthList', 'dateOfBirthItem', 'dateOfBirth'),
    birthPlaces: items(n, 'placeOfBirthList', 'placeOfBirthItem', 'placeOfBirth'),
    vessel: readVessel(child(n, 'vesselInfo')),
  };
}

const RECORDS = new Set(['sdnEntry', 'publshInformation']);

/** Stream the entries (and the publication information) of an `sdnList` file. */
export async function* readSdnList(
  path: string,
  progress: (bytes: number) => void,
): AsyncIterable<SdnRecord> {
  for await (const node of readXmlRecords(path, RECORDS, progress)) {
    if (node.name === 'sdnEntry') {
      yield { entry: readEntry(path, node) };
    } else {
      const count = childText(node, 'Record_Count');
      yield {
        publication: {
          publishDate: childText(node, 'Publish_Date'),
          recordCount: count && /^\d+$/.test(count) ? Number(count) : null,
        },
      };
    }
  }
}
