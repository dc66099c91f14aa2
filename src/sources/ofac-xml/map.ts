/**
 * SDN.XML entries to FollowTheMoney drafts: the listed party (Person, Organization, Vessel or
 * Airplane, ID `ofac-<uid>`), its Sanction, and its addresses, documents and wallets. Links
 * given by name are handed to the LinkBook and come out once the whole file is read.
 */
import type { EntityDraft } from '../../core/model/index.js';
import { EntryDrafts, type LinkBook, OFAC_AUTHORITY } from '../common/ofac/index.js';
import type { SdnAka, SdnEntry } from './read.js';

const SCHEMATA: Record<string, string> = {
  Individual: 'Person',
  Entity: 'Organization',
  Vessel: 'Vessel',
  Aircraft: 'Airplane',
};

/** A name as OFAC displays it: "LAST, First" for individuals, the whole name otherwise. */
export function displayName(first: string | null, last: string | null): string | null {
  if (first && last) return `${last}, ${first}`;
  return last ?? first;
}

/**
 * The names of "(Linked To: NAME)" remarks. A name may hold parentheses of its own
 * ("NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED"), so the name ends at the parenthesis that
 * closes the one before "Linked To", or at a ";" outside parentheses.
 */
export function linkedNames(remarks: string): string[] {
  const names: string[] = [];
  for (const m of remarks.matchAll(/Linked To:\s*/gi)) {
    const start = m.index + m[0].length;
    let depth = 0;
    let end = remarks.length;
    for (let i = start; i < remarks.length && end === remarks.length; i++) {
      const c = remarks[i];
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) end = i;
      else if (c === ';' && depth === 0) end = i;
    }
    const name = remarks.slice(start, end).trim();
    if (name) names.push(name);
  }
  return names;
}

function addNameParts(drafts: EntryDrafts, first: string | null, last: string | null) {
  if (!drafts.target.schema.isA('Person')) return;
  drafts.target.add('firstName', first);
  drafts.target.add('lastName', last);
}

function addAka(drafts: EntryDrafts, aka: SdnAka) {
  const name = displayName(aka.firstName, aka.lastName);
  if (!name) return;
  const weak = aka.category.toLowerCase() === 'weak';
  const former = aka.type.toLowerCase().startsWith('f.k.a');
  drafts.addName(former ? 'previousName' : weak ? 'weakAlias' : 'alias', name);
  if (!weak) addNameParts(drafts, aka.firstName, aka.lastName);
}

function addSanction(drafts: EntryDrafts, entry: SdnEntry) {
  const { target, sanction } = drafts;
  sanction.add('authority', OFAC_AUTHORITY);
  sanction.add('authorityId', entry.uid);
  for (const program of entry.programs) {
    for (const draft of [target, sanction]) {
      draft.add('program', program);
      draft.add('programId', program);
    }
  }
}

/** Birth, nationality and the like, through the same labels as the advanced XML's features. */
function addFeatures(drafts: EntryDrafts, entry: SdnEntry) {
  const labelled: [string, string | null][] = [
    ['Title', entry.title],
    ...entry.birthDates.map((d): [string, string] => ['Birthdate', d.value]),
    ...entry.birthPlaces.map((p): [string, string] => ['Place of Birth', p.value]),
    ...entry.nationalities.map((n): [string, string] => ['Nationality Country', n.value]),
    ...entry.citizenships.map((c): [string, string] => ['Citizenship Country', c.value]),
  ];
  const v = entry.vessel;
  if (v) {
    labelled.push(
      ['Vessel Call Sign', v.callSign],
      ['Vessel Type', v.vesselType],
      ['Vessel Flag', v.vesselFlag],
      ['Vessel Owner', v.vesselOwner],
      ['Vessel Tonnage', v.tonnage],
      ['Vessel Gross Registered Tonnage', v.grossRegisteredTonnage],
    );
  }
  for (const [label, value] of labelled) if (value) drafts.apply({ label, value });
}

/**
 * Map one entry; `links` collects its names and the links it makes by name, `file` names the
 * file in warnings.
 */
export function mapEntry(entry: SdnEntry, links: LinkBook, file: string): EntityDraft[] {
  const schema = SCHEMATA[entry.sdnType] ?? 'LegalEntity';
  const where = `${file}: sdnEntry ${entry.uid} (line ${entry.line})`;
  const drafts = new EntryDrafts(schema, `ofac-${entry.uid}`, links, where);
  drafts.addName('name', displayName(entry.firstName, entry.lastName) ?? entry.lastName);
  addNameParts(drafts, entry.firstName, entry.lastName);
  for (const aka of entry.akas) addAka(drafts, aka);
  addSanction(drafts, entry);
  addFeatures(drafts, entry);
  for (const a of entry.addresses) {
    drafts.addAddress({
      street: a.address1,
      street2: a.address2,
      street3: a.address3,
      city: a.city,
      state: a.stateOrProvince,
      postalCode: a.postalCode,
      country: a.country,
    });
  }
  for (const id of entry.ids) {
    drafts.apply({
      label: id.type,
      value: id.number,
      country: id.country,
      startDate: id.issueDate,
      endDate: id.expirationDate,
    });
  }
  if (entry.remarks) {
    drafts.target.add('notes', entry.remarks);
    for (const name of linkedNames(entry.remarks))
      drafts.apply({ label: 'Linked To:', value: name });
  }
  return drafts.all();
}
