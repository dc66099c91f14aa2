/**
 * The `ids` column holds more than identity documents: registration and tax numbers, web sites,
 * e-mail addresses, gender, former vessel flags, and OFAC's sanctions details (directives,
 * secondary sanctions risk). Each kind goes where FollowTheMoney keeps it.
 */
import type { EntityDraft } from '../../core/model/index.js';
import { identityDocument } from '../common/index.js';
import type { CslId } from './read.js';

type Rule =
  /** A property of the party; `document` also makes an Identification (or Passport). */
  | { prop: string; document?: boolean }
  /** A detail of the sanction: it goes to the Sanction's provisions. */
  | { sanction: true };

/** By the type label trade.gov (OFAC) writes; first match wins. */
const RULES: [RegExp, Rule][] = [
  [/^passport\b/i, { prop: 'passportNumber', document: true }],
  [
    /secondary sanctions|directive|sanctions information|transactions prohibited/i,
    { sanction: true },
  ],
  [/^website$/i, { prop: 'website' }],
  [/^email address$/i, { prop: 'email' }],
  [/^gender$/i, { prop: 'gender' }],
  [/^swift\/bic$/i, { prop: 'swiftBic' }],
  [/vessel registration identification/i, { prop: 'imoNumber' }],
  [/former vessel flag/i, { prop: 'pastFlags' }],
  [/^v\.?a\.?t\.? number/i, { prop: 'vatCode' }],
  [/^(tax id|nit #|ruc #|rfc|cuit|c\.u\.i\.t)/i, { prop: 'taxNumber' }],
  // OFAC's "Government Gazette Number" of a Russian party is its OKPO code.
  [/government gazette number/i, { prop: 'okpoCode' }],
  [/registration|registry|company number|matricula mercantil/i, { prop: 'registrationNumber' }],
];

const DEFAULT: Rule = { prop: 'idNumber', document: true };

function ruleFor(type: string): Rule {
  return RULES.find(([pattern]) => pattern.test(type))?.[1] ?? DEFAULT;
}

/** Properties of the rules that are not identifiers: no `idNumber` stands in for them. */
const NOT_IDENTIFIERS = new Set(['website', 'email', 'gender', 'pastFlags']);

/** The property to use on this schema: a missing identifier property falls back to idNumber. */
function usableProp(entity: EntityDraft, prop: string): string | null {
  if (entity.accepts(prop)) return prop;
  if (NOT_IDENTIFIERS.has(prop) || !entity.accepts('idNumber')) return null;
  return 'idNumber';
}

function mapDocument(holder: EntityDraft, id: CslId, prop: string): EntityDraft | null {
  if (!holder.schema.isA('LegalEntity')) return null;
  const schema = prop === 'passportNumber' ? 'Passport' : 'Identification';
  const doc = identityDocument(holder, schema, id.type, id.number);
  doc.add('type', id.type);
  doc.add('country', id.country);
  return doc;
}

/**
 * Add the party's IDs to it; returns the document entities made and the entries that describe
 * the sanction rather than the party.
 */
export function mapIds(entity: EntityDraft, ids: CslId[]) {
  const documents: EntityDraft[] = [];
  const provisions: CslId[] = [];
  for (const id of ids) {
    const rule = ruleFor(id.type);
    if ('sanction' in rule) {
      provisions.push(id);
      continue;
    }
    const prop = usableProp(entity, rule.prop);
    if (prop === null) {
      entity.add('notes', id.raw);
      continue;
    }
    entity.add(prop, id.number, { original: id.raw });
    const doc = rule.document ? mapDocument(entity, id, prop) : null;
    // A document's country is the issuer's; a registration's is the party's own.
    if (doc) documents.push(doc);
    else entity.add('country', id.country);
  }
  return { documents, provisions };
}
