/**
 * Shipment records as Dossier reads them from trade data (customs declarations, bills of lading,
 * a broker's export): one row, one shipment between a shipper and a consignee. Values are kept as
 * read once cleaned; what could not be read is null rather than guessed, so that a flag never
 * rests on a value that was not there.
 */

/** A party to a shipment, with what the record says about it beyond its name. */
export interface TradeParty {
  name: string;
  address: string | null;
  phone: string | null;
  /** A tax or registration number, as written (INN, USCC...). */
  identifier: string | null;
  /** When the record states the party's incorporation (ISO date, possibly partial). */
  incorporated: string | null;
}

export interface Shipment {
  /** The record's own id (a declaration or bill of lading number), else `line-<n>`. */
  id: string;
  /** The line (CSV) or sheet row (XLSX) it was read from. */
  line: number;
  /** ISO date, possibly partial. */
  date: string | null;
  shipper: TradeParty;
  consignee: TradeParty;
  notifyParty: TradeParty | null;
  /** Digits only: 4 (heading), 6 (HS-6) or more (national subdivisions). */
  hsCode: string | null;
  goods: string;
  quantity: number | null;
  value: number | null;
  /** ISO 4217, upper case. */
  currency: string | null;
  /** FtM country codes (lower-case ISO 3166). */
  origin: string | null;
  destination: string | null;
  /** Countries the goods passed through, in order. */
  transit: string[];
}
