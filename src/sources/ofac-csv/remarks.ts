/**
 * Parsing the Remarks field of OFAC's legacy files: ";"-separated clauses such as
 * "DOB 17 Jul 1964", "Passport 123 (Russia) expires 2020", "a.k.a. 'X'", "Linked To: NAME.".
 * Pure: the clauses become typed facts holding the source text; cleaning is left to the core.
 */
import { cleanCountry } from '../../core/normalise/index.js';
import { type DocKind, LABELS, type Rule } from './labels.js';

interface Base {
  /** The clause as written, for provenance and notes. */
  text: string;
}

export type Remark = Base &
  (
    | { kind: 'value'; props: string[]; value: string }
    | { kind: 'doc'; doc: Document }
    | { kind: 'wallet'; currency: string; address: string }
    | { kind: 'security'; isin: string }
    | { kind: 'link'; name: string }
    | { kind: 'operator'; name: string }
    | { kind: 'sanction'; prop: string; value: string }
    | { kind: 'other' }
  );

/** An identifier clause, e.g. "Passport G025057 (Egypt) issued 23 Jun 1999 expires 2004". */
export interface Document {
  /** The label, e.g. "Passport", "Tax ID No.", plus any sub-type: the Identification's type. */
  label: string;
  number: string;
  /** The properties of the holder that may take the number, best first. */
  props: string[];
  /** Whether the number deserves an Identification entity of its own (with country, dates). */
  identification: boolean;
  passport: boolean;
  country: string | null;
  /** Other parenthesised qualifiers, such as a registry court: "HRA 738077 (Stuttgart)". */
  authority: string | null;
  issued: string | null;
  expires: string | null;
}

/** What OFAC writes for a value it does not know ("Former Vessel Flag None Identified"). */
export const UNKNOWN = /^(none identified|undetermined|unknown)$/i;

type Entry = { lower: string; label: string; rule: Rule };

/** Labels grouped by their first word, longest first, so each clause is tried against few. */
const INDEX = new Map<string, Entry[]>();
for (const [label, rule] of LABELS) {
  const key = firstWord(label);
  const list = INDEX.get(key) ?? [];
  list.push({ lower: label.toLowerCase(), label, rule });
  list.sort((a, b) => b.lower.length - a.lower.length);
  INDEX.set(key, list);
}

/** The first word, up to a space or a colon: "Email:x@y.z" is written without a space too. */
function firstWord(text: string): string {
  return (/^[^\s:]+/.exec(text)?.[0] ?? '').toLowerCase();
}

/** The label entry a clause starts with, and the text after it. */
function matchLabel(clause: string): { entry: Entry; rest: string } | null {
  const lower = clause.toLowerCase();
  for (const entry of INDEX.get(firstWord(clause)) ?? []) {
    if (!lower.startsWith(entry.lower)) continue;
    const next = clause.charAt(entry.lower.length);
    if (next !== '' && /[\p{L}\p{N}]/u.test(next)) continue;
    return { entry, rest: clause.slice(entry.lower.length).replace(/^[\s:#]+/, '') };
  }
  return null;
}

/**
 * Parse the whole remarks text. When `truncated` (OFAC cut the field and no continuation was
 * given), the last clause may be incomplete, so it is not parsed: it only stays in the notes.
 */
export function parseRemarks(remarks: string, options: { truncated?: boolean } = {}): Remark[] {
  const clauses = remarks
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== '.');
  const last = clauses.length - 1;
  return clauses.flatMap((clause, i): Remark[] =>
    options.truncated && i === last ? [{ kind: 'other', text: clause }] : parseClause(clause),
  );
}

/** Parse one clause; some give several facts (a date range, a list of names). */
export function parseClause(clause: string): Remark[] {
  const text = clause.trim();
  // "alt." introduces another value of the same kind: "alt. DOB 1936".
  const body = text.replace(/^alt\.\s*/i, '').replace(/\.$/, '');
  const match = matchLabel(body);
  if (!match) return [{ kind: 'other', text }];
  const { entry, rest } = match;
  const facts = applyRule(entry, rest, body, text);
  return facts.length > 0 ? facts : [{ kind: 'other', text }];
}

function applyRule(entry: Entry, rest: string, body: string, text: string): Remark[] {
  const { rule } = entry;
  switch (rule.type) {
    case 'value':
      return rest && !UNKNOWN.test(rest)
        ? [{ kind: 'value', props: rule.props, value: rest, text }]
        : [];
    case 'dates':
      return parseDates(rest).map((value) => ({ kind: 'value', props: rule.props, value, text }));
    case 'pob':
      return parseBirthPlace(rest, text);
    case 'imo': {
      const value = rest.replace(/[()]/g, '').trim();
      return value ? [{ kind: 'value', props: ['imoNumber'], value, text }] : [];
    }
    case 'names':
      return quotedNames(text).map((value) => ({ kind: 'value', props: [rule.prop], value, text }));
    case 'link':
    case 'operator':
      return rest ? [{ kind: rule.type, name: rest, text }] : [];
    case 'wallet':
      return parseWallet(rest, text);
    case 'security':
      return /^[A-Z0-9]{12}$/.test(rest) ? [{ kind: 'security', isin: rest, text }] : [];
    case 'sanction':
      return [{ kind: 'sanction', prop: rule.prop, value: rule.whole ? body : rest, text }];
    case 'doc': {
      const doc = parseDocument(entry.label, rule.doc, rest);
      return doc ? [{ kind: 'doc', doc, text }] : [];
    }
  }
}

/** "17 Jul 1964", "circa 1964", "1964 to 1966", "circa 1964-1966": the date or both ends. */
export function parseDates(rest: string): string[] {
  const text = rest.replace(/^(circa|approximately|about)\s+/i, '').trim();
  const range = /^(.+?)\s+to\s+(.+)$/i.exec(text) ?? /^(\d{4})\s*-\s*(\d{4})$/.exec(text);
  if (range) return [range[1]!.trim(), range[2]!.trim()];
  return text ? [rest.trim()] : [];
}

/** "Moscow, Russia": the place, and the country when the last part names one. */
function parseBirthPlace(rest: string, text: string): Remark[] {
  if (!rest) return [];
  const facts: Remark[] = [{ kind: 'value', props: ['birthPlace'], value: rest, text }];
  const last = rest.slice(rest.lastIndexOf(',') + 1).trim();
  if (cleanCountry(last) !== null) {
    facts.push({ kind: 'value', props: ['birthCountry'], value: last, text });
  }
  return facts;
}

/** The names of "a.k.a. 'X'" (rarely "a.k.a. 'X', 'Y'"); none when a quote is not closed. */
function quotedNames(text: string): string[] {
  const start = text.indexOf("'");
  const inner = text.slice(start).replace(/\.$/, '').trim();
  if (start === -1 || inner.length < 3 || !inner.endsWith("'")) return [];
  return inner
    .slice(1, -1)
    .split(/',\s*'/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** "XBT 1Kuf2Rd8...": the currency symbol and the address. */
function parseWallet(rest: string, text: string): Remark[] {
  const m = /^([A-Za-z0-9]+)\s+(\S+)$/.exec(rest.trim());
  return m ? [{ kind: 'wallet', currency: m[1]!, address: m[2]!, text }] : [];
}

const DATE = String.raw`(?:\d{1,2}\s+)?(?:[A-Za-z]{3,9}\.?\s+)?\d{4}`;
const ISSUED = new RegExp(String.raw`\bissued\s+(${DATE})\b`, 'i');
const EXPIRES = new RegExp(String.raw`\bexpire[sd]?\s+(${DATE})\b`, 'i');

/**
 * Read "G025057 (Egypt) issued 23 Jun 1999 expires 05 Feb 2004". The number is the leading
 * run of words without lower-case letters (or with digits), so that "issued", "and", "under the
 * name..." end it; null when there is no number.
 */
export function parseDocument(label: string, kind: DocKind, rest: string): Document | null {
  const tokens = rest.split(/\s+/).filter((t) => t !== '');
  let type = label;
  const number: string[] = [];
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.startsWith('(') || (/\p{Ll}/u.test(t) && !/\d/.test(t))) break;
    // "CUD: A2014..." names a sub-type of document, not part of the number.
    if (number.length === 0 && t.endsWith(':')) type = `${type} ${t.slice(0, -1)}`;
    else number.push(t);
  }
  const value = number.join(' ').replace(/[,;]+$/, '');
  if (!/[\p{L}\p{N}]/u.test(value)) return null;
  const tail = tokens.slice(i).join(' ');
  const groups = [...tail.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!.trim());
  const country = groups.find((g) => cleanCountry(g) !== null) ?? null;
  const others = groups.filter((g) => g !== country);
  return {
    label: type,
    number: value,
    props: documentProps(kind, value, country),
    identification: !['lei', 'usc', 'duns', 'vesselRegistration'].includes(kind),
    passport: kind === 'passport',
    country,
    authority: others.length > 0 ? others.join(', ') : null,
    issued: ISSUED.exec(tail)?.[1] ?? null,
    expires: EXPIRES.exec(tail)?.[1] ?? null,
  };
}

/**
 * Where a number goes. Russian numbers have their own properties when they have the right
 * shape: INN (10 or 12 digits), OGRN (13) or OGRNIP (15), OKPO (8 or 10: OFAC's "Government
 * Gazette Number" for Russian entities).
 */
export function documentProps(kind: DocKind, number: string, country: string | null): string[] {
  const russian = country !== null && cleanCountry(country) === 'ru';
  const digits = number.replace(/[\s.-]/g, '');
  switch (kind) {
    case 'passport':
      return ['passportNumber', 'idNumber'];
    case 'ssn':
      return ['socialSecurityNumber', 'idNumber'];
    case 'tax':
      return russian && /^(\d{10}|\d{12})$/.test(digits) ? ['innCode'] : ['taxNumber'];
    case 'registration':
      return russian && /^(\d{13}|\d{15})$/.test(digits) ? ['ogrnCode'] : ['registrationNumber'];
    case 'gazette':
      return russian && /^(\d{8}|\d{10})$/.test(digits) ? ['okpoCode'] : ['registrationNumber'];
    case 'vesselRegistration':
      return ['registrationNumber'];
    default:
      return [DOC_PROP[kind]];
  }
}

const DOC_PROP: Record<DocKind, string> = {
  passport: 'passportNumber',
  identity: 'idNumber',
  ssn: 'socialSecurityNumber',
  tax: 'taxNumber',
  vat: 'vatCode',
  registration: 'registrationNumber',
  gazette: 'registrationNumber',
  license: 'licenseNumber',
  lei: 'leiCode',
  usc: 'uscCode',
  duns: 'dunsCode',
  bik: 'bikCode',
  vesselRegistration: 'registrationNumber',
};
