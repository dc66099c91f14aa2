/**
 * The case store's part of xref on SQLite: the in-text list search's mentions replaced on their
 * own (the pages stay as read), and reviewers' decisions appended, never updated, so that every
 * call and its changes stay readable beside the audit trail that records them.
 */
import type { SqliteDatabase } from '../sqlite/index.js';
import { InvalidDocumentData } from './errors.js';
import { checkResult } from './rows.js';
import type {
  MentionInput,
  PageInput,
  XrefDecision,
  XrefDecisionInput,
  XrefVerdict,
} from './types.js';
import { insertMentions, requireCase, requireDocument, storedLinks } from './writes.js';

const VERDICTS: readonly XrefVerdict[] = ['same', 'not-same', 'unsure'];

export function replaceExtractorMentions(
  db: SqliteDatabase,
  caseName: string,
  documentId: string,
  extractor: string,
  mentions: readonly MentionInput[],
): void {
  requireDocument(db, caseName, documentId);
  const other = mentions.find((m) => m.extractor !== extractor);
  if (other) {
    throw new InvalidDocumentData(
      `a mention by ${other.extractor} cannot replace the mentions of ${extractor}`,
    );
  }
  const pageOf = db.prepare(
    'SELECT page, text FROM case_pages WHERE case_name = ? AND document_id = ? AND page = ?',
  );
  const pages: PageInput[] = [];
  for (const number of new Set(mentions.map((m) => m.page))) {
    const row = pageOf.get(caseName, documentId, number) as
      | { page: number; text: string }
      | undefined;
    if (!row) continue; // checkResult names the page without text
    pages.push({
      ...row,
      method: 'text',
      language: null,
      confidence: null,
      width: null,
      height: null,
    });
  }
  checkResult(pages, mentions);
  const links = storedLinks(db, caseName, documentId, extractor);
  db.prepare(
    'DELETE FROM case_mentions WHERE case_name = ? AND document_id = ? AND extractor = ?',
  ).run(caseName, documentId, extractor);
  insertMentions(db, caseName, documentId, mentions, links);
}

interface DecisionRow {
  id: number;
  case_name: string;
  party: string;
  entity_id: string;
  decision: XrefVerdict;
  note: string | null;
  actor: string;
  decided_at: string;
}

const toDecision = (row: DecisionRow): XrefDecision => ({
  id: row.id,
  caseName: row.case_name,
  party: row.party,
  entityId: row.entity_id,
  decision: row.decision,
  note: row.note,
  actor: row.actor,
  decidedAt: row.decided_at,
});

export function insertXrefDecision(
  db: SqliteDatabase,
  caseName: string,
  input: XrefDecisionInput,
): XrefDecision {
  requireCase(db, caseName);
  if (!VERDICTS.includes(input.decision)) {
    throw new InvalidDocumentData(`a decision is ${VERDICTS.join(', ')}, not "${input.decision}"`);
  }
  if (!input.party || !input.entityId || !input.actor || !input.decidedAt) {
    throw new InvalidDocumentData('a decision needs a party, an entity, an actor and a time');
  }
  const note = input.note?.trim() || null;
  const id = Number(
    db
      .prepare(
        `INSERT INTO case_xref_decisions (case_name, party, entity_id, decision, note, actor,
           decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        caseName,
        input.party,
        input.entityId,
        input.decision,
        note,
        input.actor,
        input.decidedAt,
      ).lastInsertRowid,
  );
  return { ...input, id, caseName, note };
}

export function readXrefDecisions(db: SqliteDatabase, caseName: string): XrefDecision[] {
  requireCase(db, caseName);
  const rows = db
    .prepare('SELECT * FROM case_xref_decisions WHERE case_name = ? ORDER BY id')
    .all(caseName) as DecisionRow[];
  return rows.map(toDecision);
}
