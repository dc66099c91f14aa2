/**
 * The entities one OFAC list entry becomes, and how its labelled values (identifiers,
 * features, remarks) are applied to them. Shared by the SDN.XML and advanced XML sources,
 * which differ in how they spell an entry but not in what its parts mean.
 */
import { derivedId, EntityDraft, propertyType } from '../../../core/model/index.js';
import { cleanCountry } from '../../../core/normalise/index.js';
import { addressEntity } from '../address.js';
import { type DocumentSchema, identityDocument } from '../documents.js';
import { sanctionEntity } from '../sanction.js';
import { dateTextValues } from './dates.js';
import { isRussianCode, type LabelRule, ruleFor } from './labels.js';
import type { LinkBook } from './name-links.js';

/** A value under an OFAC label, with what the file says about it. */
export interface LabelledValue {
  /** The label: an idType, FeatureType or IDRegDocType text ("Passport", "Website"). */
  label: string;
  value: string;
  /** The issuing country, as the file names it. */
  country?: string | null;
  /** The issuing authority. */
  authority?: string | null;
  /** Issue and expiry dates of a document, as the file writes them. */
  startDate?: string | null;
  endDate?: string | null;
  /** What the list says of the document's validity when it is not simply valid ("Fraudulent"). */
  validity?: string | null;
  /** The source text when `value` was derived from it (a date assembled from parts). */
  original?: string;
}

/** The parts of an address; `full` is built from them when not given. */
export interface AddressParts {
  full?: string | null;
  street?: string | null;
  street2?: string | null;
  street3?: string | null;
  city?: string | null;
  state?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** The drafts of one list entry: the designated party, its Sanction, and derived entities. */
export class EntryDrafts {
  readonly target: EntityDraft;
  readonly sanction: EntityDraft;
  readonly extra: EntityDraft[] = [];

  /**
   * @param where names the entry in warnings ("sdnEntry 36 (line 7)").
   */
  constructor(
    schema: string,
    id: string,
    readonly links: LinkBook,
    readonly where: string,
  ) {
    this.target = new EntityDraft(schema, id, true);
    this.target.add('topics', 'sanction');
    this.sanction = sanctionEntity(id);
  }

  /** Every draft of the entry, the designated party first. */
  all(): EntityDraft[] {
    return [this.target, this.sanction, ...this.extra];
  }

  /** Add a name to the target and record it for resolving links by name. */
  addName(prop: 'name' | 'alias' | 'previousName' | 'weakAlias', name: string, lang?: string) {
    if (!this.target.add(prop, name, { lang: lang ?? null })) return;
    this.links.addName(this.target.id, this.target.schema.name, name, prop === 'name');
  }

  /** The address as text on the target, and as an Address entity unless it is only a country. */
  addAddress(parts: AddressParts) {
    const { target } = this;
    target.add('country', parts.country);
    const lines = [parts.street, parts.street2, parts.street3, parts.city, parts.state];
    const detail = [...lines, parts.region, parts.postalCode].filter((p) => p?.trim());
    const full =
      parts.full?.trim() || [...detail, parts.country].filter((p) => p?.trim()).join(', ');
    if (detail.length === 0 && !parts.full?.trim()) return;
    const address = addressEntity(target, full, {
      street: parts.street,
      street2: [parts.street2, parts.street3].filter((p) => p?.trim()).join(', '),
      city: parts.city,
      state: parts.state,
      region: parts.region,
      postalCode: parts.postalCode,
      country: parts.country,
    });
    this.extra.push(address);
  }

  /** Apply a labelled value as its label's rule says. */
  apply(item: LabelledValue) {
    // OFAC writes "None Identified" where it knows there is no value (a vessel's flag).
    if (/^none identified$/i.test(item.value.trim())) return;
    const rule = ruleFor(item.label);
    switch (rule.kind) {
      case 'prop':
        return this.addProp(rule.props, item);
      case 'doc':
        return this.addDocument(rule, item, 'Identification');
      case 'passport':
        return this.addDocument({ kind: 'doc', props: ['passportNumber'] }, item, 'Passport');
      case 'sanction': {
        const text = rule.prop === 'provisions' ? `${item.label.trim()} ${item.value}` : item.value;
        this.sanction.add(rule.prop, text);
        return;
      }
      case 'wallet':
        return this.addWallet(rule.currency, item.value);
      case 'link':
        this.links.request({
          kind: rule.link,
          fromId: this.target.id,
          fromSchema: this.target.schema.name,
          name: item.value,
          role: item.label.replace(/[\s:-]+$/, '').trim(),
          where: this.where,
        });
        return;
      case 'address':
        return this.addAddress({ full: item.value });
    }
  }

  /** The first of `props` the target's schema has, or null. */
  private pick(props: readonly string[]): string | null {
    return props.find((p) => propertyType(this.target.schema, p) !== null) ?? null;
  }

  /** Dates may be ranges, which give several values; a label no property fits goes to notes. */
  private addProp(props: readonly string[], item: LabelledValue) {
    const prop = this.pick(props);
    if (!prop) {
      this.target.add('notes', `${item.label.trim()}: ${item.value}`);
      return;
    }
    const original = item.original ?? item.value;
    const isDate = propertyType(this.target.schema, prop) === 'date';
    const values = isDate ? dateTextValues(item.value) : [];
    if (values.length === 0) this.target.add(prop, item.value, { original });
    for (const value of values) this.target.add(prop, value, { original });
  }

  /**
   * The number goes on the target (as the Russian code it is, when issued in Russia and of
   * that code's form) and, for a legal entity, into an Identification (or Passport) entity.
   */
  private addDocument(
    rule: LabelRule & { kind: 'doc' },
    item: LabelledValue,
    schema: DocumentSchema,
  ) {
    const { target } = this;
    const country = item.country ? cleanCountry(item.country) : null;
    const russian =
      rule.russian && isRussianCode(rule.russian, item.value, country, item.authority);
    const props = russian && rule.russian ? [rule.russian, ...rule.props] : rule.props;
    const prop = this.pick([...props, 'idNumber', 'registrationNumber']);
    if (prop) target.add(prop, item.value);
    else target.add('notes', `${item.label.trim()}: ${item.value}`);
    if (!target.schema.isA('LegalEntity')) return;
    const doc = identityDocument(target, schema, item.label.trim(), item.value);
    doc.add('type', item.label.trim());
    doc.add('country', item.country);
    doc.add('authority', item.authority);
    this.addDocDate(doc, 'startDate', item.startDate);
    this.addDocDate(doc, 'endDate', item.endDate);
    doc.add('description', item.validity);
    this.extra.push(doc);
  }

  private addDocDate(doc: EntityDraft, prop: string, text: string | null | undefined) {
    if (!text) return;
    const values = dateTextValues(text);
    if (values.length === 0) doc.add(prop, text);
    for (const value of values) doc.add(prop, value, { original: text });
  }

  private addWallet(currency: string, address: string) {
    const wallet = new EntityDraft(
      'CryptoWallet',
      derivedId(this.target.id, 'wallet', currency, address),
    );
    wallet.add('publicKey', address);
    wallet.add('currencySymbol', currency);
    if (this.target.schema.isA('LegalEntity')) wallet.add('holder', this.target.id);
    this.extra.push(wallet);
  }
}
