/**
 * Open Ownership's BODS 0.4: statements about records (`recordId`; `recordType` entity, person or
 * relationship; `recordStatus`; `recordDetails`), a later statement about a record replacing an
 * earlier one, a closed record dropped.
 *
 * A relationship's interests become edges from the interested party to the subject. Shareholding
 * and votingRights make one ownership edge: the share from the shareholding, else from the votes,
 * the votes kept as a property so that the two are never added up. Board and control interests
 * make one directorship edge marked `control`. Indirect interests are left out with a note: the
 * chain they summarise is stated by its component relationships (`isComponent`), which load as
 * direct edges, and an indirect edge beside them would count the same holding twice.
 */
import {
  type BodsStatement,
  bodsParty,
  bodsShare,
  bodsStatements,
  CONTROL,
  isObject,
  type Json,
  OWNERSHIP,
  text,
} from './bods-read.js';
import { isShare, parseIsoDate, shareProperties } from './share.js';
import type { ParsedNetwork, ParsedRelation, PartyRef, Problem, Share } from './types.js';

interface BodsRecord {
  where: string;
  statementId: string;
  type: 'entity' | 'person' | 'relationship';
  details: Json;
}

const TYPES = new Set(['entity', 'person', 'relationship']);

/** The current statement of each record, in the order records first appeared. */
function recordsOf(statements: BodsStatement[], problems: Problem[], closed: Set<string>) {
  const records = new Map<string, BodsRecord>();
  for (const { where, value } of statements) {
    const recordId = isObject(value) ? text(value.recordId) : null;
    const type = isObject(value) ? text(value.recordType) : null;
    if (!isObject(value) || !recordId || !type || !TYPES.has(type)) {
      problems.push({ where, reason: 'not a BODS 0.4 statement (recordId, recordType)' });
      continue;
    }
    if (value.recordStatus === 'closed') {
      records.delete(recordId);
      closed.add(recordId);
      continue;
    }
    closed.delete(recordId);
    records.set(recordId, {
      where,
      statementId: text(value.statementId) ?? recordId,
      type: type as BodsRecord['type'],
      details: isObject(value.recordDetails) ? value.recordDetails : {},
    });
  }
  return records;
}

const shareText = (s: Share) =>
  s.percentage !== null ? String(s.percentage) : s.low !== null ? `${s.low}-${s.high}` : '';

interface Interest {
  type: string;
  share: Share;
  startDate: string | null;
  endDate: string | null;
  details: string | null;
}

/** The direct interests of a relationship, or the reason one of them is unusable. */
function interestsOf(details: Json, counts: Map<string, number>): Interest[] | { reason: string } {
  const out: Interest[] = [];
  for (const raw of Array.isArray(details.interests) ? details.interests.filter(isObject) : []) {
    const type = text(raw.type) ?? 'unknownInterest';
    if (raw.directOrIndirect === 'indirect') {
      counts.set('indirect', (counts.get('indirect') ?? 0) + 1);
      continue;
    }
    const share = bodsShare(raw.share);
    if (!isShare(share)) return { reason: `${type}: ${share.error}` };
    const dates = [parseIsoDate(text(raw.startDate) ?? ''), parseIsoDate(text(raw.endDate) ?? '')];
    for (const d of dates) if (d && typeof d === 'object') return { reason: `${type}: ${d.error}` };
    const startDate = dates[0] as string | null;
    const endDate = dates[1] as string | null;
    out.push({ type, share, startDate, endDate, details: text(raw.details) });
  }
  return out;
}

function edge(
  record: BodsRecord,
  key: string,
  ends: [PartyRef, PartyRef],
  chosen: Interest,
  all: Interest[],
  type: 'ownership' | 'directorship',
): ParsedRelation {
  const properties: Record<string, string[]> = {
    ...shareProperties(chosen.share),
    interests: all.map((i) => i.type),
  };
  const votes = all.find((i) => i.type === 'votingRights');
  if (type === 'ownership' && votes && shareText(votes.share)) {
    properties.votingRights = [shareText(votes.share)];
  }
  if (type === 'directorship') properties.control = ['true'];
  const details = all.map((i) => i.details).filter((d) => d !== null);
  if (details.length) properties.details = details;
  return {
    where: record.where,
    key,
    type,
    source: ends[0],
    target: ends[1],
    share:
      type === 'ownership'
        ? chosen.share
        : { ...chosen.share, percentage: null, low: null, high: null },
    startDate: chosen.startDate,
    endDate: chosen.endDate,
    amount: null,
    currency: null,
    statementId: record.statementId,
    properties,
  };
}

function relationsOf(
  recordId: string,
  record: BodsRecord,
  party: (id: string) => PartyRef,
  counts: Map<string, number>,
): ParsedRelation[] | { reason: string } {
  const subject = text(record.details.subject);
  const owner = text(record.details.interestedParty);
  if (!subject || !owner) {
    counts.set('unspecified', (counts.get('unspecified') ?? 0) + 1);
    return [];
  }
  const interests = interestsOf(record.details, counts);
  if (!Array.isArray(interests)) return interests;
  const ends: [PartyRef, PartyRef] = [party(owner), party(subject)];
  const out: ParsedRelation[] = [];
  const owning = interests.filter((i) => OWNERSHIP.has(i.type));
  if (owning.length) {
    const chosen = owning.find((i) => i.type === 'shareholding') ?? owning[0]!;
    out.push(edge(record, `${recordId}.own`, ends, chosen, owning, 'ownership'));
  }
  const control = interests.filter((i) => CONTROL.has(i.type));
  if (control.length) {
    out.push(edge(record, `${recordId}.control`, ends, control[0]!, control, 'directorship'));
  }
  for (const i of interests) {
    if (!OWNERSHIP.has(i.type) && !CONTROL.has(i.type)) {
      counts.set(`type ${i.type}`, (counts.get(`type ${i.type}`) ?? 0) + 1);
    }
  }
  return out;
}

const NOTES: Record<string, string> = {
  indirect: 'indirect interest(s) left out: their chains load as the component relationships',
  unspecified: 'relationship(s) with an unspecified subject or interested party left out',
  closed: 'closed record(s) left out',
};

/** Parse a BODS 0.4 file's text (`file` names it in errors). */
export function parseBods(raw: string, file: string): ParsedNetwork {
  const problems: Problem[] = [];
  const closed = new Set<string>();
  const records = recordsOf(bodsStatements(raw, file), problems, closed);
  const parties: PartyRef[] = [];
  const byId = new Map<string, PartyRef>();
  for (const [id, record] of records) {
    if (record.type === 'relationship') continue;
    const party = bodsParty(id, record.type, record.details);
    parties.push(party);
    byId.set(id, party);
  }
  const party = (id: string) => byId.get(id) ?? { id, name: null, schema: null };
  const counts = new Map<string, number>();
  if (closed.size) counts.set('closed', closed.size);
  const relations: ParsedRelation[] = [];
  for (const [id, record] of records) {
    if (record.type !== 'relationship') continue;
    const read = relationsOf(id, record, party, counts);
    if (Array.isArray(read)) relations.push(...read);
    else problems.push({ where: record.where, reason: `relationship ${id}: ${read.reason}` });
  }
  const notes = [...counts].map(([kind, n]) =>
    kind.startsWith('type ')
      ? `${n} interest(s) of ${kind} left out: not ownership or control`
      : `${n} ${NOTES[kind]}`,
  );
  return { relations, parties, problems, notes };
}
