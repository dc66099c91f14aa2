/**
 * The timeline: dated claims in date order. Until claims are extracted, dated mentions stand in:
 * a date on a page that also names money or a party, with the nearest of each, so that a case's
 * first report is not empty. Dates whose day and month could be swapped (03.04.2024) are marked
 * with their other reading, found by reading the mention's text again with the date extractor
 * (the store keeps the value, not the extractor's details).
 */
import { extractDates } from '../../core/extraction/index.js';
import type { Claim } from '../../store/cases/index.js';
import type { CaseMention } from '../documents/index.js';
import type { EvidenceLink, Timeline, TimelineEntry } from './types.js';

export interface TimelineInput {
  claims: readonly Claim[];
  mentions: readonly CaseMention[];
  link: (m: CaseMention) => EvidenceLink;
  /** A readable name for a claim's subject or object (an entity id). */
  nameOf: (id: string) => string;
  /** Pages' texts by `documentId:page`, to see which parties share a date's line (a table row). */
  texts?: ReadonlyMap<string, string>;
}

const PARTY_KINDS = new Set(['org', 'person', 'party']);
/** How far a money or party mention may be from a date to be shown with it, in characters. */
const NEAR = 300;
/** At most this many parties of the date's line are shown with it. */
const MAX_PARTIES = 3;

/** The other readings of a date mention, from its own text; empty when it reads one way only. */
export function otherReadings(m: Pick<CaseMention, 'text' | 'value'>): string[] {
  const spans = extractDates(m.text);
  const whole = spans.find((s) => s.start === 0 && s.end === m.text.length) ?? spans[0];
  const others = (whole?.details?.ambiguous as string[] | undefined) ?? [];
  return others.filter((d) => d !== m.value);
}

const key = (documentId: string, mentionId: string) => `${documentId}\u0000${mentionId}`;

/**
 * Properties the claim extractor keeps for its own use (the names it read, the rule that fired and
 * its confidence): shown as the parties' names or not at all, never as facts of the claim.
 */
const NOT_FACTS = new Set(['date', 'subjectName', 'objectName', 'rule', 'confidence']);

/** A claim's party by the readable name: a list caption or a case party, else the name read. */
export function claimPartyName(
  claim: Pick<Claim, 'properties'>,
  id: string,
  role: 'subject' | 'object',
  nameOf: (id: string) => string,
): string {
  const named = nameOf(id);
  if (named !== id) return named;
  return claim.properties[`${role}Name`]?.[0] ?? id;
}

function claimTitle(claim: Claim, nameOf: (id: string) => string): string {
  const subject = claimPartyName(claim, claim.subject, 'subject', nameOf);
  const who = claim.object
    ? `${subject} → ${claimPartyName(claim, claim.object, 'object', nameOf)}`
    : subject;
  const facts = Object.entries(claim.properties)
    .filter(([name]) => !NOT_FACTS.has(name))
    .map(([name, values]) => `${name} ${values.join(', ')}`);
  return [`${claim.kind}: ${who}`, ...facts].join('; ');
}

function claimEntry(
  claim: Claim,
  byKey: Map<string, CaseMention>,
  input: TimelineInput,
): TimelineEntry | null {
  const cited = claim.evidence
    .map((e) => byKey.get(key(e.documentId, e.mentionId)))
    .filter((m): m is CaseMention => m !== undefined);
  const dateMentions = cited.filter((m) => m.kind === 'date');
  const dates = [...new Set(claim.properties.date ?? dateMentions.map((m) => m.value))];
  const date = dates[0];
  if (date === undefined) return null;
  // A claim's other dates and its date mentions' other readings are all doubts about the date.
  const ambiguous = new Set([...dates.slice(1), ...dateMentions.flatMap(otherReadings)]);
  ambiguous.delete(date);
  return {
    date,
    ambiguous: [...ambiguous],
    source: 'claim',
    title: claimTitle(claim, input.nameOf),
    evidence: cited.map(input.link),
  };
}

/** Characters between two spans of one page. */
function gap(a: CaseMention, b: CaseMention): number {
  if (b.start >= a.end) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Whether no line break stands between two spans of a page's text. */
function sameLine(text: string, a: CaseMention, b: CaseMention): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return !/[\n\r]/.test(text.slice(Math.min(from, to), Math.max(from, to)));
}

function nearest(date: CaseMention, candidates: readonly CaseMention[]): CaseMention | null {
  let best: CaseMention | null = null;
  for (const c of candidates) if (best === null || gap(date, c) < gap(date, best)) best = c;
  return best;
}

/** Dated mentions: one entry per date value per page, with the nearest money and party. */
function mentionEntries(input: TimelineInput, cited: Set<string>): TimelineEntry[] {
  const byPage = new Map<string, CaseMention[]>();
  for (const m of input.mentions) {
    const page = `${m.documentId}:${m.page}`;
    byPage.set(page, [...(byPage.get(page) ?? []), m]);
  }
  const entries: TimelineEntry[] = [];
  for (const mentions of byPage.values()) {
    const money = mentions.filter((m) => m.kind === 'money');
    const parties = mentions.filter((m) => PARTY_KINDS.has(m.kind));
    if (money.length === 0 && parties.length === 0) continue;
    const seen = new Set<string>();
    for (const date of mentions) {
      if (date.kind !== 'date' || seen.has(date.value)) continue;
      if (cited.has(key(date.documentId, date.id))) continue;
      seen.add(date.value);
      const text = input.texts?.get(`${date.documentId}:${date.page}`);
      // A table row or a line of a letter: what shares the date's line, else the nearest.
      const line = (of: CaseMention[]) => (text ? of.filter((m) => sameLine(text, date, m)) : []);
      const rowMoney = line(money);
      const rowParties = line(parties).slice(0, MAX_PARTIES);
      const near = [
        rowMoney.length > 0 ? nearest(date, rowMoney) : nearest(date, money),
        ...(rowParties.length > 0 ? rowParties : [nearest(date, parties)]),
      ].filter((m): m is CaseMention => m !== null && gap(date, m) <= NEAR);
      const shown = near.length > 0 ? near : [nearest(date, money) ?? nearest(date, parties)!];
      entries.push({
        date: date.value,
        ambiguous: otherReadings(date),
        source: 'mention',
        title: shown.map((m) => m.text.replace(/\s+/g, ' ')).join(' · '),
        evidence: [date, ...shown].map(input.link),
      });
    }
  }
  return entries;
}

/** By date; entries of one date keep their order (documents as added, then page and offset). */
function byDate(entries: TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) =>
      a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.i - b.i,
    )
    .map(({ entry }) => entry);
}

export function buildTimeline(input: TimelineInput): Timeline {
  const byKey = new Map(input.mentions.map((m) => [key(m.documentId, m.id), m]));
  const claims = input.claims
    .map((c) => claimEntry(c, byKey, input))
    .filter((e): e is TimelineEntry => e !== null);
  const cited = new Set(
    input.claims.flatMap((c) => c.evidence.map((e) => key(e.documentId, e.mentionId))),
  );
  const mentions = byDate(mentionEntries(input, cited));
  if (claims.length === 0) return { entries: mentions, others: [] };
  return { entries: byDate(claims), others: mentions };
}
