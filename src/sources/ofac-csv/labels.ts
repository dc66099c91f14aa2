/**
 * The labels that start OFAC's remark clauses ("Passport 123 (Russia)", "MMSI 273..."), and
 * what each one means. Taken from the clauses that occur in the published files; a clause whose
 * label is not here stays in the entry's notes, unparsed.
 */

/** Kinds of identifier: which property the number goes to is decided per clause (see remarks.ts). */
export type DocKind =
  | 'passport'
  | 'identity'
  | 'ssn'
  | 'tax'
  | 'vat'
  | 'registration'
  | 'gazette'
  | 'license'
  | 'lei'
  | 'usc'
  | 'duns'
  | 'bik'
  | 'vesselRegistration';

export type Rule =
  /** A value for the first of these properties the entity's schema has. */
  | { type: 'value'; props: string[] }
  /** An identifier, with an optional (country), issue and expiry dates. */
  | { type: 'doc'; doc: DocKind }
  | { type: 'imo' }
  /** A date or a range of dates ("1964 to 1966"): both ends are kept. */
  | { type: 'dates'; props: string[] }
  | { type: 'pob' }
  | { type: 'wallet' }
  /** An ISIN: a Security issued by the party. */
  | { type: 'security' }
  | { type: 'link' }
  | { type: 'operator' }
  | { type: 'names'; prop: 'weakAlias' | 'previousName' | 'alias' }
  /** A clause about the sanction itself: `whole` keeps the label as part of the value. */
  | { type: 'sanction'; prop: 'provisions' | 'listingDate' | 'startDate'; whole: boolean };

const value = (...props: string[]): Rule => ({ type: 'value', props });
const dates = (...props: string[]): Rule => ({ type: 'dates', props });
const doc = (d: DocKind): Rule => ({ type: 'doc', doc: d });
const provision: Rule = { type: 'sanction', prop: 'provisions', whole: true };

/** Label → rule. Matching ignores case and prefers the longest label. */
export const LABELS: ReadonlyArray<[string, Rule]> = [
  ['DOB', dates('birthDate')],
  ['POB', { type: 'pob' }],
  ['nationality', value('nationality')],
  ['citizen', value('citizenship')],
  ['Gender', value('gender')],
  ['ethnicity', value('ethnicity')],
  ['Nationality of Registration', value('jurisdiction', 'country')],
  ['Organization Established Date', dates('incorporationDate')],
  ['Organization Type:', value('sector')],
  ['Target Type', value('classification')],
  ['Website', value('website')],
  ['Email Address', value('email')],
  ['Email', value('email')],
  ['Telephone', value('phone')],
  ['Telephone No.', value('phone')],
  ['Telephone Number', value('phone')],
  ['Phone Number', value('phone')],
  ['Phone No.', value('phone')],
  ['Phone', value('phone')],
  // Fax numbers are telephone numbers too, and FtM has no property of their own for them.
  ['Fax', value('phone')],
  ['Fax No.', value('phone')],
  ['SWIFT/BIC', value('swiftBic')],
  ['Equity Ticker', value('ticker')],
  ['MICEX Code', value('ticker')],
  ['ISIN', { type: 'security' }],
  ['Issuer Name', value('alias')],
  ['a.k.a.', { type: 'names', prop: 'weakAlias' }],
  ['f.k.a.', { type: 'names', prop: 'previousName' }],
  ['n.k.a.', { type: 'names', prop: 'alias' }],
  ['Linked To:', { type: 'link' }],
  ['Digital Currency Address -', { type: 'wallet' }],
  // Vessels
  ['Vessel Registration Identification IMO', { type: 'imo' }],
  ['Identification Number IMO', { type: 'imo' }],
  ['Company Number IMO', { type: 'imo' }],
  ['International Maritime Organization No.', { type: 'imo' }],
  ['Vessel Registration Identification', doc('vesselRegistration')],
  ['MMSI', value('mmsi')],
  ['Vessel Year of Build', dates('buildDate')],
  ['Former Vessel Flag', value('pastFlags')],
  ['Other Vessel Flag', value('flag')],
  ['Other Vessel Call Sign', value('callSign')],
  ['Other Vessel Type', value('type')],
  // Aircraft
  ['Aircraft Manufacture Date', dates('buildDate')],
  ['Aircraft Model', value('model')],
  ['Aircraft Operator', { type: 'operator' }],
  ["Aircraft Manufacturer's Serial Number (MSN)", value('serialNumber')],
  ['Aircraft Construction Number (also called L/N or S/N or F/N)', value('serialNumber')],
  ['Aircraft Serial Identification', value('serialNumber')],
  ['Aircraft Tail Number', value('registrationNumber')],
  // The sanction's scope and dates
  ['Secondary sanctions risk:', provision],
  ['Additional Sanctions Information -', provision],
  [
    'Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:',
    provision,
  ],
  ['Executive Order', provision],
  ['CAATSA Section', provision],
  ['IFCA Determination -', provision],
  ['Listing Date (EO', provision],
  ['Effective Date (EO', provision],
  ['Purchase/Sales For Divestment Date (CMIC)', provision],
  ['Listing Date (CMIC)', { type: 'sanction', prop: 'listingDate', whole: false }],
  ['Effective Date (CMIC)', { type: 'sanction', prop: 'startDate', whole: false }],
  // Identity documents
  ['Passport', doc('passport')],
  ['Diplomatic Passport', doc('passport')],
  ['British National Overseas Passport', doc('passport')],
  ['Stateless Person Passport', doc('passport')],
  ['Passport Booklet', doc('passport')],
  ['National ID No.', doc('identity')],
  ['Cedula No.', doc('identity')],
  ['Identification Number', doc('identity')],
  ['Personal ID Card', doc('identity')],
  ['D.N.I.', doc('identity')],
  ['C.U.R.P.', doc('identity')],
  ['C.U.I.', doc('identity')],
  ['C.U.I.P.', doc('identity')],
  ['I.F.E.', doc('identity')],
  ['N.I.E.', doc('identity')],
  ['Birth Certificate Number', doc('identity')],
  ['Electoral Registry No.', doc('identity')],
  ['Credencial electoral', doc('identity')],
  ['Cartilla de Servicio Militar Nacional', doc('identity')],
  ['Military Registration Number', doc('identity')],
  ['National Foreign ID Number', doc('identity')],
  ['Residency Number', doc('identity')],
  ['Travel Document Number', doc('identity')],
  ["Driver's License No.", doc('identity')],
  ['Kenyan ID No.', doc('identity')],
  ['Turkish Identification Number', doc('identity')],
  ['Turkish Identificiation Number', doc('identity')],
  ["Citizen's Card Number", doc('identity')],
  ['Numero de Identidad', doc('identity')],
  ['Refugee ID Card', doc('identity')],
  ['Stateless Person ID Card', doc('identity')],
  ['Tazkira National ID Card', doc('identity')],
  ['Bosnian Personal ID No.', doc('identity')],
  ['Moroccan Personal ID No.', doc('identity')],
  ['CNP (Personal Numerical Code)', doc('identity')],
  ['LE Number', doc('identity')],
  ['VisaNumberID', doc('identity')],
  ['Immigration No.', doc('identity')],
  ['Public Security and Immigration No.', doc('identity')],
  ["Seafarer's Identification Document", doc('identity')],
  ['Pilot License Number', doc('identity')],
  ['Permit Number', doc('identity')],
  ['SSN', doc('ssn')],
  // Tax numbers
  ['Tax ID No.', doc('tax')],
  ['NIT #', doc('tax')],
  ['R.F.C.', doc('tax')],
  ['RFC', doc('tax')],
  ['RUC #', doc('tax')],
  ['RIF #', doc('tax')],
  ['RTN', doc('tax')],
  ['C.U.I.T.', doc('tax')],
  ['US FEIN', doc('tax')],
  ['Italian Fiscal Code', doc('tax')],
  ['Fiscal Code', doc('tax')],
  ['Romanian Tax Registration', doc('tax')],
  ['N.I.F.', doc('tax')],
  ['C.I.F.', doc('tax')],
  ['Paraguayan tax identification number', doc('tax')],
  ['Numero Unico de Identificacao Tributaria (NUIT)', doc('tax')],
  ['V.A.T. Number', doc('vat')],
  // Company registrations
  ['Registration Number', doc('registration')],
  ['Registration ID', doc('registration')],
  ['Business Registration Number', doc('registration')],
  ['Business Registration Document #', doc('registration')],
  ['Russian State Individual Business Registration Number Pattern (OGRNIP)', doc('registration')],
  ['Company Number', doc('registration')],
  ['UK Company Number', doc('registration')],
  ['Commercial Registry Number', doc('registration')],
  ['C.R. No.', doc('registration')],
  ['Romanian C.R.', doc('registration')],
  ['Folio Mercantil No.', doc('registration')],
  ['Matricula Mercantil No', doc('registration')],
  ['Chamber of Commerce Number', doc('registration')],
  ['Istanbul Chamber of Comm. No.', doc('registration')],
  ['Dubai Chamber of Commerce Membership No.', doc('registration')],
  ['Public Registration Number', doc('registration')],
  ['Certificate of Incorporation Number', doc('registration')],
  ['Registration Certificate Number (Dubai)', doc('registration')],
  ['Enterprise Number', doc('registration')],
  ['Branch Unit Number', doc('registration')],
  ['Business Number', doc('registration')],
  ['Central Registration System Number', doc('registration')],
  ['Economic Register Number (CBLS)', doc('registration')],
  ['Registered Charity No.', doc('registration')],
  ['MSB Registration Number', doc('registration')],
  ['C.I.N.', doc('registration')],
  ['RSIN', doc('registration')],
  ['Organization Code', doc('registration')],
  ['Government Gazette Number', doc('gazette')],
  ['Trade License No.', doc('license')],
  ['License', doc('license')],
  ['Tourism License No.', doc('license')],
  ['SRE Permit No.', doc('license')],
  ['Afghan Money Service Provider License Number', doc('license')],
  ['Legal Entity Number', doc('lei')],
  ['Unified Social Credit Code (USCC)', doc('usc')],
  ['United Social Credit Code Certificate (USCCC)', doc('usc')],
  ['D-U-N-S Number', doc('duns')],
  ['BIK (RU)', doc('bik')],
];
