/**
 * A reviewer's decision on a party of a case and a list entity (`dossier xref-decide`): recorded
 * in the audit trail of screenings and decisions, appended to the case store (the latest on a
 * pair counts, every one is kept), and applied to the party's mentions: `same` links each of
 * them to the entity, `not-same` undoes any link to it, `unsure` undoes only a reviewer's link
 * (the in-text list search's own stays, flagged by the decision).
 */
import { DossierError } from '../../core/errors/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import type { AuditEntry } from '../../core/screening/index.js';
import { unknownNameMessage } from '../../core/suggest/index.js';
import type { CaseStore, XrefDecision, XrefVerdict } from '../../store/cases/index.js';
import { DocumentInputError } from './errors.js';
import type { CaseParty } from './parties.js';

export const XREF_VERDICTS: readonly XrefVerdict[] = ['same', 'not-same', 'unsure'];

/** The extractor of the in-text list search's mentions (src/app/documents/in-text.ts). */
export const IN_TEXT_EXTRACTOR = 'lists/in-text';

export class XrefPartyNotFound extends DossierError {
  override readonly name = 'XrefPartyNotFound';
  readonly code = 'not_found';
}

export interface XrefDecideRequest {
  party: string;
  entityId: string;
  decision: string;
  note?: string | undefined;
  actor: string;
}

export interface XrefDecideDeps {
  cases: CaseStore;
  audit: { appendAudit(entry: AuditEntry): Promise<unknown> };
  /** A loaded list entity by ID, or null. */
  entity(id: string): Promise<FtmEntity | null>;
}

export interface XrefDecided {
  decision: XrefDecision;
  party: CaseParty;
  entity: FtmEntity;
  /** Mentions whose link the decision set or removed. */
  relinked: number;
}

function verdictOf(text: string): XrefVerdict {
  const verdict = XREF_VERDICTS.find((v) => v === text);
  if (!verdict) {
    throw new DocumentInputError(`a decision is ${XREF_VERDICTS.join(', ')}, not "${text}"`);
  }
  return verdict;
}

export async function decideXref(
  deps: XrefDecideDeps,
  caseName: string,
  parties: readonly CaseParty[],
  request: XrefDecideRequest,
  now = new Date(),
): Promise<XrefDecided> {
  const verdict = verdictOf(request.decision);
  const party = parties.find((p) => p.key === request.party);
  if (!party) {
    const known = parties.map((p) => p.key);
    const message = unknownNameMessage('party', request.party, known, 'xref');
    throw new XrefPartyNotFound(`case "${caseName}": ${message}`);
  }
  const entity = await deps.entity(request.entityId);
  if (!entity) throw new XrefPartyNotFound(`no list entity with ID ${request.entityId}`);
  const note = request.note?.trim() || null;
  const decidedAt = now.toISOString();
  // Recorded before it is kept, so that `audit verify` finds a record for every decision it
  // reads (a failure in between leaves a record of a decision never kept: harmless, visible).
  await deps.audit.appendAudit({
    kind: 'xref.decision',
    actor: request.actor,
    at: decidedAt,
    payload: {
      case: caseName,
      party: party.key,
      names: party.names.slice(0, 3),
      entity_id: entity.id,
      caption: entity.caption,
      decision: verdict,
      note,
      decided_at: decidedAt,
    },
  });
  const decision = await deps.cases.addXrefDecision(caseName, {
    party: party.key,
    entityId: entity.id,
    decision: verdict,
    note,
    actor: request.actor,
    decidedAt,
  });
  let relinked = 0;
  for (const m of party.mentions) {
    const linkedHere = m.link?.entityId === entity.id;
    let link: { entityId: string; score: number } | null | undefined;
    if (verdict === 'same' && !linkedHere) link = { entityId: entity.id, score: 1 };
    else if (verdict === 'not-same' && linkedHere) link = null;
    else if (verdict === 'unsure' && linkedHere && m.extractor !== IN_TEXT_EXTRACTOR) link = null;
    if (link === undefined) continue;
    if (await deps.cases.linkMention(caseName, m.documentId, m.id, link)) relinked++;
  }
  return { decision, party, entity, relinked };
}
