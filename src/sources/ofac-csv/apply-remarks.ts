/**
 * Putting parsed remark clauses onto an entry's drafts: values onto the party, identifiers onto
 * the party and into Identification/Passport entities, wallets into CryptoWallet entities,
 * sanction clauses onto the Sanction. Name references are returned for later resolution.
 */
import { derivedId, EntityDraft } from '../../core/model/index.js';
import { documentId } from '../common/index.js';
import type { Document, Remark } from './remarks.js';

/** A name in the remarks or columns that should be another entry of the same load. */
export interface NameRef {
  fromId: string;
  name: string;
  /** "Linked To:" (an UnknownLink), a vessel's owner, or an aircraft's operator. */
  kind: 'link' | 'owner' | 'operator';
  /** The clause or field as written. */
  text: string;
}

/** Derived drafts of one entry by ID, so that a repeated clause extends one entity. */
class Derived {
  readonly drafts = new Map<string, EntityDraft>();
  get(schema: string, id: string): EntityDraft {
    let draft = this.drafts.get(id);
    if (!draft) {
      draft = new EntityDraft(schema, id);
      this.drafts.set(id, draft);
    }
    return draft;
  }
}

export function applyRemarks(target: EntityDraft, sanction: EntityDraft, facts: Remark[]) {
  const derived = new Derived();
  const refs: NameRef[] = [];
  const unplaced: Remark[] = [];
  for (const fact of facts) {
    const placed = applyOne(fact, target, sanction, derived, refs);
    if (!placed) unplaced.push(fact);
  }
  return { others: [...derived.drafts.values()], refs, unplaced };
}

/** Apply one fact; false when nothing in the schema could take it (it stays in the notes). */
function applyOne(
  fact: Remark,
  target: EntityDraft,
  sanction: EntityDraft,
  derived: Derived,
  refs: NameRef[],
): boolean {
  const options = { original: fact.text };
  switch (fact.kind) {
    case 'value': {
      const prop = fact.props.find((p) => target.accepts(p));
      if (prop) target.add(prop, fact.value, options);
      return prop !== undefined;
    }
    case 'doc':
      return addDocument(target, fact.doc, fact.text, derived);
    case 'wallet':
      return addWallet(target, fact.currency, fact.address, fact.text, derived);
    case 'security':
      return addSecurity(target, fact.isin, fact.text, derived);
    case 'sanction':
      sanction.add(fact.prop, fact.value, options);
      return true;
    case 'link':
      refs.push({ fromId: target.id, name: fact.name, kind: 'link', text: fact.text });
      return true;
    case 'operator':
      if (!target.accepts('operator')) return false;
      refs.push({ fromId: target.id, name: fact.name, kind: 'operator', text: fact.text });
      return true;
    case 'other':
      return false;
  }
}

/**
 * An identifier: onto the party's best-fitting property, and, for documents that carry a
 * country or dates, into an Identification (a Passport for passports) held by the party.
 */
function addDocument(target: EntityDraft, doc: Document, text: string, derived: Derived) {
  const prop = doc.props.find((p) => target.accepts(p));
  if (prop) target.add(prop, doc.number, { original: text });
  // An Identification's holder must be a legal entity: vessels and aircraft keep the number only.
  if (!doc.identification || !target.accepts('identification')) return prop !== undefined;
  const schema = doc.passport ? 'Passport' : 'Identification';
  const id = derived.get(schema, documentId(target.id, doc.label, doc.number));
  id.add('holder', target.id);
  id.add('number', doc.number, { original: text });
  id.add('type', doc.label);
  id.add('country', doc.country);
  id.add('authority', doc.authority);
  id.add('startDate', doc.issued, { original: text });
  id.add('endDate', doc.expires, { original: text });
  return true;
}

function addWallet(
  target: EntityDraft,
  currency: string,
  address: string,
  text: string,
  derived: Derived,
): boolean {
  if (!target.accepts('cryptoWallets')) return false;
  const wallet = derived.get('CryptoWallet', derivedId(target.id, 'wallet', currency, address));
  wallet.add('publicKey', address, { original: text });
  wallet.add('currencySymbol', currency);
  wallet.add('holder', target.id);
  return true;
}

/** An ISIN names a security the party issued: a Security entity, as FtM has no ISIN on Organization. */
function addSecurity(target: EntityDraft, isin: string, text: string, derived: Derived): boolean {
  if (!target.accepts('securities')) return false;
  const security = derived.get('Security', derivedId(target.id, 'security', isin));
  security.add('isin', isin, { original: text });
  security.add('issuer', target.id);
  return true;
}
