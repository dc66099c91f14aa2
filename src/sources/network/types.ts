/**
 * What the network formats read into, before any of it meets a store: parties named by id, and
 * relations between them, each with where in the file it came from. Resolving ids against the
 * loaded lists and writing to the graph is the application's work (src/app/network/ingest*).
 */

/** The relation types a file may state (shipments come from trade records, not from here). */
export type RelationType =
  | 'ownership'
  | 'directorship'
  | 'employment'
  | 'membership'
  | 'representation'
  | 'family'
  | 'associate'
  | 'linked'
  | 'payment';

/** A party as a file names it: an id, and a name and schema when the file gives them. */
export interface PartyRef {
  id: string;
  name: string | null;
  /** FollowTheMoney schema (`Company`, `Person`, `LegalEntity`...), when the file says. */
  schema: string | null;
  /**
   * Real-world identifiers the file states for the party (BODS `identifiers`: a scheme code such
   * as `GB-COH` or `XI-LEI` and the value), by which it may be linked to a list entity.
   */
  identifiers?: PartyIdentifier[];
}

export interface PartyIdentifier {
  /** The scheme code as the file writes it (org-id.guide for entities, `RUS-TAXID` for persons). */
  scheme: string;
  id: string;
}

/** A share of an ownership: exact, a range, or unknown (every field null), never a made-up 0. */
export interface Share {
  percentage: number | null;
  low: number | null;
  high: number | null;
  /** ">50%": the bound itself is excluded (UK's "more than 50%" needs to know). */
  lowExclusive: boolean;
  highExclusive: boolean;
}

export interface ParsedRelation {
  /** Where the relation was read ("line 12", "statement 4"), for problems found later. */
  where: string;
  /** Unique within the file; the graph edge's id is the dataset and this. */
  key: string;
  type: RelationType;
  /** Owner, director, payer: the edge points from the actor to what it acts on. */
  source: PartyRef;
  target: PartyRef;
  share: Share;
  startDate: string | null;
  endDate: string | null;
  amount: number | null;
  currency: string | null;
  /** The statement the relation was read from (the row, the BODS statement, the FtM entity). */
  statementId: string;
  /** Anything else the source says, each with its values. */
  properties: Record<string, string[]>;
}

/** A row or record that was not loaded, and why. */
export interface Problem {
  where: string;
  reason: string;
}

export interface ParsedNetwork {
  relations: ParsedRelation[];
  /** Parties the file declares on their own (BODS entity and person statements). */
  parties: PartyRef[];
  problems: Problem[];
  /** What the user should know about the file as a whole (records skipped on purpose). */
  notes: string[];
}

export const UNKNOWN_SHARE: Share = {
  percentage: null,
  low: null,
  high: null,
  lowExclusive: false,
  highExclusive: false,
};
