/**
 * The case workspace's part of the documents service (`dossier.documents.notes`): reporters'
 * notes, document tags, and the figures of every case for the case list. Case names and document
 * IDs (or unique prefixes) are checked by the documents service, as everywhere else.
 */
import type { AuditEntry } from '../../core/screening/index.js';
import type {
  CaseInfo,
  CaseNote,
  CaseStats,
  CaseStore,
  StatusCounts,
} from '../../store/cases/index.js';
import {
  addCaseNote,
  type NoteRequest,
  retractCaseNote,
  setDocumentTag,
  type TagChange,
} from './notes.js';

export interface NotesServiceDeps {
  cases: CaseStore;
  /** Where writes are recorded (the screening store's audit trail), opened when first used. */
  audit?: () => { appendAudit(entry: AuditEntry): Promise<unknown> };
  requireCase(name: string): Promise<CaseInfo>;
  /** A document's full ID from its ID or a unique prefix; not_found when the case has none. */
  documentId(caseName: string, id: string): Promise<string>;
}

export interface CaseSummary extends CaseInfo, CaseStats {
  counts: StatusCounts;
}

export class NotesService {
  constructor(private readonly deps: NotesServiceDeps) {}

  private writeDeps() {
    const audit = this.deps.audit;
    if (!audit) throw new Error('notes and tags need an audit trail');
    return { cases: this.deps.cases, audit: audit() };
  }

  /** Every case with its document counts and figures, oldest first. */
  async summaries(): Promise<CaseSummary[]> {
    const { cases } = this.deps;
    const out: CaseSummary[] = [];
    for (const c of await cases.listCases()) {
      const counts = await cases.countDocuments(c.name);
      out.push({ ...c, ...(await cases.caseStats(c.name)), counts });
    }
    return out;
  }

  /** The case's notes, oldest first; retracted ones too unless `retracted` is false. */
  async list(
    caseName: string,
    filter: { documentId?: string; retracted?: boolean } = {},
  ): Promise<CaseNote[]> {
    await this.deps.requireCase(caseName);
    const documentId =
      filter.documentId === undefined
        ? undefined
        : await this.deps.documentId(caseName, filter.documentId);
    return this.deps.cases.notes(caseName, {
      ...(documentId === undefined ? {} : { documentId }),
      ...(filter.retracted === undefined ? {} : { retracted: filter.retracted }),
    });
  }

  async add(caseName: string, request: NoteRequest, now?: Date): Promise<CaseNote> {
    await this.deps.requireCase(caseName);
    const documentId = request.documentId
      ? await this.deps.documentId(caseName, request.documentId)
      : null;
    return addCaseNote(this.writeDeps(), caseName, { ...request, documentId }, now);
  }

  async retract(caseName: string, id: number, actor: string, now?: Date): Promise<CaseNote> {
    await this.deps.requireCase(caseName);
    return retractCaseNote(this.writeDeps(), caseName, id, actor, now);
  }

  /** Sets (or with `remove`, takes off) a tag on a document named by its ID or a prefix. */
  async tag(
    caseName: string,
    id: string,
    tag: string,
    actor: string,
    options: { remove?: boolean; now?: Date } = {},
  ): Promise<TagChange> {
    await this.deps.requireCase(caseName);
    const documentId = await this.deps.documentId(caseName, id);
    return setDocumentTag(
      this.writeDeps(),
      caseName,
      documentId,
      tag,
      actor,
      options.remove,
      options.now,
    );
  }
}
