/**
 * Reporters' notes on a case and tags on its documents (`dossier note`, `dossier tag`, the
 * workbench's case workspace). Each write goes to the audit trail before the case store, as xref
 * decisions and claim reviews do, so that `dossier audit verify` finds a record for every note,
 * retraction and tag it reads (a failure in between leaves a record of a write never kept:
 * harmless, visible). A note is never deleted: it is retracted, and stays readable.
 */
import { DossierError } from '../../core/errors/index.js';
import type { AuditEntry } from '../../core/screening/index.js';
import {
  type CaseNote,
  type CaseStore,
  type DocumentTag,
  MAX_NOTE,
  TAG_PATTERN,
} from '../../store/cases/index.js';
import { DocumentInputError, DocumentNotFoundError } from './errors.js';

export interface NotesDeps {
  cases: CaseStore;
  audit: { appendAudit(entry: AuditEntry): Promise<unknown> };
}

export interface NoteRequest {
  text: string;
  documentId?: string | null;
  page?: number | null;
  start?: number | null;
  end?: number | null;
  actor: string;
}

export class NoteNotFoundError extends DossierError {
  override readonly name = 'NoteNotFoundError';
  readonly code = 'not_found';
}

/** A note retracted once already: its first retraction stands. */
export class NoteRetractedError extends DossierError {
  override readonly name = 'NoteRetractedError';
  readonly code = 'conflict';
}

/** The store's time format for what the audit trail and the case both keep. */
const stampOf = (now: Date) => now.toISOString();

/** A tag as typed, folded to the stored form (`To-Check ` is `to-check`), or invalid_input. */
export function tagOf(text: string): string {
  const tag = text.trim().toLowerCase();
  if (!TAG_PATTERN.test(tag)) {
    throw new DocumentInputError(
      `a tag is up to 40 letters, digits, ".", "_" or "-", starting with a letter or digit, not "${text}"`,
    );
  }
  return tag;
}

function checkRequest(request: NoteRequest): void {
  const text = request.text.trim();
  if (text === '' || text.length > MAX_NOTE) {
    throw new DocumentInputError(`a note is 1 to ${MAX_NOTE} characters`);
  }
  if (request.page != null && !request.documentId) {
    throw new DocumentInputError('a note on a page needs its document (--doc)');
  }
  const hasSpan = request.start != null || request.end != null;
  if (hasSpan && (request.page == null || request.start == null || request.end == null)) {
    throw new DocumentInputError('a note on a span needs its page, start and end');
  }
}

export async function addCaseNote(
  deps: NotesDeps,
  caseName: string,
  request: NoteRequest,
  now = new Date(),
): Promise<CaseNote> {
  checkRequest(request);
  const createdAt = stampOf(now);
  const text = request.text.trim();
  const target = {
    documentId: request.documentId ?? null,
    page: request.page ?? null,
    start: request.start ?? null,
    end: request.end ?? null,
  };
  // The store checks the target too; a note it would refuse must not leave a record first.
  if (target.documentId) {
    const document = await deps.cases.getDocument(caseName, target.documentId);
    if (!document) {
      throw new DocumentNotFoundError(`case "${caseName}" has no document ${target.documentId}`);
    }
    if (target.page !== null) {
      const page = await deps.cases.page(caseName, target.documentId, target.page);
      if (!page) {
        throw new DocumentInputError(`document ${target.documentId} has no page ${target.page}`);
      }
      const { start, end } = target;
      if (
        start !== null &&
        end !== null &&
        !(start >= 0 && end > start && end <= page.text.length)
      ) {
        throw new DocumentInputError(
          `a span is two offsets, start before end, within the page's ${page.text.length} characters`,
        );
      }
    }
  }
  await deps.audit.appendAudit({
    kind: 'case.note',
    actor: request.actor,
    at: createdAt,
    payload: {
      case: caseName,
      text,
      document_id: target.documentId,
      page: target.page,
      start: target.start,
      end: target.end,
      created_at: createdAt,
    },
  });
  return deps.cases.addNote(caseName, { text, ...target, actor: request.actor, createdAt });
}

export async function retractCaseNote(
  deps: NotesDeps,
  caseName: string,
  id: number,
  actor: string,
  now = new Date(),
): Promise<CaseNote> {
  const note = (await deps.cases.notes(caseName)).find((n) => n.id === id);
  if (!note) throw new NoteNotFoundError(`case "${caseName}" has no note ${id}`);
  if (note.status === 'retracted') {
    throw new NoteRetractedError(
      `note ${id} was retracted by ${note.retractedBy} at ${note.retractedAt}`,
    );
  }
  const at = stampOf(now);
  await deps.audit.appendAudit({
    kind: 'case.note.retract',
    actor,
    at,
    payload: {
      case: caseName,
      note_id: id,
      note_actor: note.actor,
      note_created_at: note.createdAt,
      retracted_at: at,
    },
  });
  return (await deps.cases.retractNote(caseName, id, { actor, at }))!;
}

export interface TagChange {
  documentId: string;
  tag: string;
  /** False when the document already had the tag (or, on removal, did not have it). */
  changed: boolean;
  /** The document's tags after the change. */
  tags: string[];
}

/** Tags a document (its full ID); a tag it already has changes nothing and records nothing. */
export async function setDocumentTag(
  deps: NotesDeps,
  caseName: string,
  documentId: string,
  rawTag: string,
  actor: string,
  remove = false,
  now = new Date(),
): Promise<TagChange> {
  const tag = tagOf(rawTag);
  const current = await deps.cases.tags(caseName, documentId);
  const has = current.some((t) => t.tag === tag);
  if (has === !remove) {
    return { documentId, tag, changed: false, tags: current.map((t) => t.tag) };
  }
  const at = stampOf(now);
  await deps.audit.appendAudit({
    kind: remove ? 'document.untag' : 'document.tag',
    actor,
    at,
    payload: { case: caseName, document_id: documentId, tag, at },
  });
  if (remove) await deps.cases.untagDocument(caseName, documentId, tag);
  else await deps.cases.tagDocument(caseName, documentId, tag, { actor, at });
  const tags = (await deps.cases.tags(caseName, documentId)).map((t) => t.tag);
  return { documentId, tag, changed: true, tags };
}

export type { CaseNote, DocumentTag };
