/**
 * What OFAC's labels mean in FollowTheMoney terms. OFAC names each identifier, feature and
 * informational remark with the same label text in all its formats: the `idType` of SDN.XML,
 * the FeatureType and IDRegDocType values of the advanced XML, the remarks of sdn.csv. One
 * table therefore serves the OFAC sources. Lookup is by text, not by the advanced format's
 * numeric IDs, so that a renumbered reference table does not silently change the mapping.
 */

/** How a labelled value is applied to the list entry it belongs to. */
export type LabelRule =
  /** A property of the entry: the first of `props` that the entry's schema has. */
  | { kind: 'prop'; props: readonly string[] }
  /**
   * An identity document or register number: a property of the entry (first of `props` the
   * schema has) and an Identification entity. `russian` names the Russian code the number is
   * when the issuing country is Russia and the number has that code's form.
   */
  | { kind: 'doc'; props: readonly string[]; russian?: RussianCode }
  /** A passport: passportNumber on a person and a Passport entity. */
  | { kind: 'passport' }
  /** Text about the sanction itself (directives, secondary sanctions), for the Sanction. */
  | { kind: 'sanction'; prop: 'provisions' | 'sourceUrl' }
  /** A digital currency address: a CryptoWallet held by the entry. */
  | { kind: 'wallet'; currency: string }
  /** A name of another party, resolved against the file's own names once it is all read. */
  | { kind: 'link'; link: LinkKind }
  /** A place: an Address entity. */
  | { kind: 'address' };

export type LinkKind = 'linked' | 'owner' | 'operator';
export type RussianCode = 'innCode' | 'ogrnCode' | 'okpoCode';

const prop = (...props: string[]): LabelRule => ({ kind: 'prop', props });
const doc = (...props: string[]): LabelRule => ({ kind: 'doc', props });
const SANCTION: LabelRule = { kind: 'sanction', prop: 'provisions' };

const PASSPORTS = [
  'passport',
  'diplomatic passport',
  'british national overseas passport',
  'stateless person passport',
];
const TAX_NUMBERS = [
  'r.f.c.',
  'rfc',
  'nit #',
  'ruc #',
  'rif #',
  'c.u.i.t.',
  'c.i.f.',
  'n.i.f.',
  'rtn',
  'us fein',
  'fiscal code',
  'italian fiscal code',
  'romanian tax registration',
  'paraguayan tax identification number',
  'numero unico de identificacao tributaria (nuit)',
];
const REGISTER_NUMBERS = [
  'company number',
  'uk company number',
  'public registration number',
  'business registration number',
  'business registration document #',
  'commercial registry number',
  'certificate of incorporation number',
  'c.r. no.',
  'romanian c.r.',
  'chamber of commerce number',
  'istanbul chamber of comm. no.',
  'dubai chamber of commerce membership no.',
  'registration certificate number (dubai)',
  'trade license no.',
  'matricula mercantil no',
  'folio mercantil no.',
  'registered charity no.',
  'enterprise number',
  'legal entity number',
  'business number',
  'economic register number (cbls)',
  'central registration system number',
  'msb registration number',
  'le number',
];

/** Labels whose meaning does not follow from a pattern. Keys are `labelKey` forms. */
const RULES = new Map<string, LabelRule>([
  ...PASSPORTS.map((l): [string, LabelRule] => [l, { kind: 'passport' }]),
  ...TAX_NUMBERS.map((l): [string, LabelRule] => [l, doc('taxNumber')]),
  ...REGISTER_NUMBERS.map((l): [string, LabelRule] => [l, doc('registrationNumber')]),
  ['tax id no.', { kind: 'doc', props: ['taxNumber'], russian: 'innCode' }],
  ['registration id', { kind: 'doc', props: ['registrationNumber'], russian: 'ogrnCode' }],
  ['registration number', { kind: 'doc', props: ['registrationNumber'], russian: 'ogrnCode' }],
  [
    'government gazette number',
    { kind: 'doc', props: ['registrationNumber'], russian: 'okpoCode' },
  ],
  [
    'russian state individual business registration number pattern (ogrnip)',
    doc('ogrnCode', 'registrationNumber'),
  ],
  ['bik (ru)', doc('bikCode', 'registrationNumber')],
  ['v.a.t. number', doc('vatCode')],
  ['ssn', doc('socialSecurityNumber')],
  ['d-u-n-s number', doc('dunsCode')],
  ['unified social credit code (uscc)', doc('uscCode', 'registrationNumber')],
  ['united social credit code certificate (usccc)', doc('uscCode', 'registrationNumber')],
  ['global intermediary identification number', doc('giiNumber')],
  ['isin', doc('isinCode')],
  ['equity ticker', prop('ticker')],
  // The advanced format gives a vessel's IMO number and an IMO company number this label.
  ['vessel registration identification', prop('imoNumber', 'registrationNumber')],
  ['mmsi', prop('mmsi')],
  ['swift/bic', prop('swiftBic')],
  ['website', prop('website')],
  ['email address', prop('email')],
  ['phone number', prop('phone')],
  ['gender', prop('gender')],
  ['organization established date', prop('incorporationDate')],
  ['organization type', prop('legalForm')],
  ['target type', prop('classification')],
  ['nationality of registration', prop('jurisdiction', 'flag', 'country')],
  ['registration country', prop('jurisdiction', 'flag', 'country')],
  ['birthdate', prop('birthDate')],
  ['place of birth', prop('birthPlace')],
  ['nationality country', prop('nationality', 'country')],
  ['citizenship country', prop('citizenship', 'country')],
  // OFAC's "title" holds positions and ranks ("President of ...", "Brigadier General").
  ['title', prop('position')],
  ['vessel call sign', prop('callSign')],
  ['other vessel call sign', prop('callSign')],
  ['vessel type', prop('type')],
  ['other vessel type', prop('type')],
  ['vessel flag', prop('flag')],
  ['other vessel flag', prop('flag')],
  ['former vessel flag', prop('pastFlags')],
  ['vessel tonnage', prop('tonnage')],
  ['vessel gross registered tonnage', prop('grossRegisteredTonnage')],
  ['vessel year of build', prop('buildDate')],
  ['aircraft model', prop('model')],
  ['aircraft manufacture date', prop('buildDate')],
  ["aircraft manufacturer's serial number (msn)", prop('serialNumber')],
  ['aircraft construction number (also called l/n or s/n or f/n)', prop('serialNumber')],
  ['aircraft serial identification', prop('serialNumber')],
  // The Mode S transponder code is the aircraft's 24-bit ICAO address.
  ['aircraft mode s transponder code', prop('icaoCode')],
  ['aircraft tail number', prop('registrationNumber')],
  ['previous aircraft tail number', prop('registrationNumber')],
  ['vessel owner', { kind: 'link', link: 'owner' }],
  ['aircraft operator', { kind: 'link', link: 'operator' }],
  ['linked to', { kind: 'link', link: 'linked' }],
  ['location', { kind: 'address' }],
  ['for more information, please see', { kind: 'sanction', prop: 'sourceUrl' }],
  ['executive order 14024 directive information', SANCTION],
]);

/** A label's lookup form: lower case, single spaces, without the trailing ":" or " -". */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:-]+$/, '')
    .trim();
}

const WALLET = /^digital currency address - ([a-z0-9]+)$/i;
const DEFAULT_DOC: LabelRule = { kind: 'doc', props: ['idNumber', 'registrationNumber'] };

/** Rules already looked up, by label as written: the same labels recur on every entry. */
const seen = new Map<string, LabelRule>();

/**
 * The rule for a label. Labels that OFAC ends with ":" or " -" and that the table does not
 * name are informational remarks about the sanction (directives, determinations, listing
 * dates of a directive); any other unknown label is taken for an identity document, kept
 * with its type text so nothing is lost.
 */
export function ruleFor(label: string): LabelRule {
  let rule = seen.get(label);
  if (!rule) {
    rule = findRule(label);
    // A file has a few hundred distinct labels at most; the bound guards against odd input.
    if (seen.size < 10_000) seen.set(label, rule);
  }
  return rule;
}

function findRule(label: string): LabelRule {
  const key = labelKey(label);
  const known = RULES.get(key);
  if (known) return known;
  const wallet = WALLET.exec(label.trim());
  if (wallet) return { kind: 'wallet', currency: wallet[1]!.toUpperCase() };
  if (/(:|\s-)\s*$/.test(label)) return SANCTION;
  return DEFAULT_DOC;
}

const RUSSIAN_FORMS: Record<RussianCode, { authority: string; lengths: number[] }> = {
  innCode: { authority: 'INN', lengths: [10, 12] },
  ogrnCode: { authority: 'OGRN', lengths: [13, 15] },
  okpoCode: { authority: 'OKPO', lengths: [8, 10] },
};

/**
 * Whether a number is the Russian code `code`: issued in Russia (or by the authority the code
 * is named after, as the advanced XML writes it) and of the code's length in digits.
 */
export function isRussianCode(
  code: RussianCode,
  number: string,
  country: string | null,
  authority: string | null | undefined,
): boolean {
  const form = RUSSIAN_FORMS[code];
  if (country !== 'ru' && authority?.trim().toUpperCase() !== form.authority) return false;
  const digits = number.replace(/[\s-]/g, '');
  return /^\d+$/.test(digits) && form.lengths.includes(digits.length);
}
