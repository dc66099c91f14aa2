/**
 * Red flags on trade records: each names its rule (`code`), says in plain words why it was raised,
 * and lists the records it rests on, so that a reviewer can check every one against its source.
 * The rules are pure: what they know of the lists (matches, exposure, incorporation dates,
 * addresses and phones of listed parties) is looked up beforehand and handed in as facts.
 */
import type { ChplTable } from '../chpl.js';
import type { Jurisdiction } from '../jurisdictions.js';

export const FLAG_CODES = [
  'chpl_goods',
  'chpl_heading',
  'listed_party',
  'exposed_party',
  'transshipment',
  'dual_use_settlement',
  'new_consignee',
  'shared_address',
  'shared_phone',
] as const;

export type FlagCode = (typeof FLAG_CODES)[number];

export type Severity = 'high' | 'medium' | 'low';

export interface Flag {
  code: FlagCode;
  severity: Severity;
  /** A sentence a reviewer reads without knowing the rule. */
  explanation: string;
  /** The ids of the shipment records the flag rests on. */
  records: string[];
  /** The party concerned, as the records name it, when the flag is about a party. */
  party?: string;
  /** What the rule found: a tier, a score, a listed entity, a country. */
  facts: Record<string, string | number | boolean | null>;
}

/** A list entity a party's name matched. */
export interface ListedMatch {
  entityId: string;
  caption: string;
  /** The matcher's score, 0 to 1. */
  score: number;
  datasets: string[];
}

/** What the exposure service said of a party resolved to a list entity. */
export interface PartyExposure {
  entityId: string;
  caption: string;
  jurisdiction: string;
  /** null: unknown (a missing or ranged share). */
  exposed: boolean | null;
  share: number | null;
}

export interface PartyFacts {
  listed: ListedMatch[];
  exposure: PartyExposure[];
  /** The incorporation date the lists give for the matched entity, when any does. */
  incorporated: string | null;
}

/** An address or phone of a listed entity. */
export interface ListedContact {
  entityId: string;
  caption: string;
  value: string;
}

export interface FlagContext {
  chpl: ChplTable;
  transshipment: readonly Jurisdiction[];
  /** By `partyKey` of the name. */
  parties: ReadonlyMap<string, PartyFacts>;
  /** By `addressKey`. */
  listedAddresses: ReadonlyMap<string, readonly ListedContact[]>;
  /** By `phoneKey`. */
  listedPhones: ReadonlyMap<string, readonly ListedContact[]>;
}
