/**
 * The documents service every front end calls: cases, `add`, the list of documents with their
 * status, one document with its pages, and search. Case names are checked here, so that a
 * mistyped one is refused with the nearest known name rather than found empty.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryForms, querySpans, type Snippet, snippets } from '../../core/documents/index.js';
import { type Extractor, extractors as defaultExtractors } from '../../core/extraction/index.js';
import { unknownNameMessage } from '../../core/suggest/index.js';
import { type DocumentReader, readerFor as defaultReaderFor } from '../../readers/index.js';
import {
  type BlobStore,
  type CaseInfo,
  type CaseStore,
  type Claim,
  type ClaimFilter,
  type DocumentInfo,
  type DocumentRecord,
  type Page,
  type StatusCounts,
  CaseExists,
} from '../../store/cases/index.js';
import { type AddOptions, type AddSummary, addToCase } from './add.js';
import { type CaseClaim, caseClaims, type RefreshSummary, refreshCaseClaims } from './claims.js';
import { type CaseMention, caseMentions, type MentionQuery } from './mentions.js';
import { documentPageImage, type PageImage } from './page-image.js';
import { type XrefOptions, type XrefResult, xrefParties } from './xref.js';
import {
  decideXref,
  type XrefDecideDeps,
  type XrefDecided,
  type XrefDecideRequest,
} from './xref-decide.js';
import { partiesOf } from './parties.js';
import { NotesService } from './notes-service.js';
import type { FtmEntity } from '../../core/model/index.js';
import type { MatcherTools } from '../../core/matching/index.js';
import { InTextSearch } from './in-text.js';
import { IN_TEXT_EXTRACTOR } from './xref-decide.js';
import type { XrefDecision } from '../../store/cases/index.js';
import type { MatchIndex } from '../matching/index.js';
import {
  CaseExistsError,
  CaseNotFoundError,
  DocumentInputError,
  DocumentNotFoundError,
} from './errors.js';

export interface DocumentServiceDeps {
  cases: CaseStore;
  blobs: BlobStore;
  /** The readers and extractors to use; the registered ones unless given (tests). */
  readerFor?: (mediaType: string, fileName: string) => DocumentReader | null;
  extractors?: readonly Extractor[];
  /** Where xref decisions are recorded: the audit trail of screenings (opened when first used). */
  audit?: () => XrefDecideDeps['audit'];
  /** A loaded list entity by ID, to check what a reviewer decides on. */
  entity?: (id: string) => Promise<FtmEntity | null>;
  /** The matcher's tools, for the in-text list search to read words as the index does. */
  tools?: () => Promise<MatcherTools>;
  /** Where rendered page images are cached (`<db>.pages`); a temporary folder unless given. */
  pageCache?: string;
}

export interface ListScan {
  /** Documents whose pages were searched. */
  documents: number;
  /** Confirmed list entities named in them. */
  mentions: number;
  /** Milliseconds the search took to build over the index's names. */
  buildMs: number;
}

export interface FoundPage {
  documentId: string;
  fileName: string;
  page: number;
  /** The matched spans in the page's text, end exclusive. */
  spans: [number, number][];
  snippets: Snippet[];
}

/** A handle on the command line: letters, digits, `-`, `_` and `.`, starting with a letter or digit. */
const CASE_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;
const HEX = /^[0-9a-f]+$/;
/** What xref reads: names of parties, and the identifiers that may stand near them. */
const XREF_KINDS = [
  'org',
  'person',
  'party',
  'inn',
  'ogrn',
  'ogrnip',
  'uscc',
  'lei',
  'bic',
  'imo',
  'passport',
];

export class DocumentService {
  private readonly readerFor: (mediaType: string, fileName: string) => DocumentReader | null;
  private readonly extractors: readonly Extractor[];
  /** The in-text search of the last index asked about: built once per index. */
  private inText: { matcher: object; search: InTextSearch } | null = null;
  /** Reporters' notes, document tags and the case list's figures (notes-service.ts). */
  readonly notes: NotesService;

  constructor(private readonly deps: DocumentServiceDeps) {
    this.readerFor = deps.readerFor ?? defaultReaderFor;
    this.extractors = deps.extractors ?? defaultExtractors;
    this.notes = new NotesService({
      cases: deps.cases,
      ...(deps.audit ? { audit: deps.audit } : {}),
      requireCase: (name) => this.requireCase(name),
      documentId: (caseName, id) => this.documentId(caseName, id),
    });
  }

  async createCase(name: string, title?: string | null): Promise<CaseInfo> {
    if (!CASE_NAME.test(name)) {
      throw new DocumentInputError(
        `a case name is up to 64 letters, digits, ".", "_" or "-", starting with a letter or digit: "${name}"`,
      );
    }
    try {
      return await this.deps.cases.createCase({ name, title: title ?? null });
    } catch (error) {
      if (error instanceof CaseExists) throw new CaseExistsError(`case "${name}" already exists`);
      throw error;
    }
  }

  listCases(): Promise<CaseInfo[]> {
    return this.deps.cases.listCases();
  }

  /** The case, or not_found naming the nearest case there is. */
  async requireCase(name: string): Promise<CaseInfo> {
    const found = await this.deps.cases.getCase(name);
    if (found) return found;
    const known = (await this.deps.cases.listCases()).map((c) => c.name);
    const message = unknownNameMessage('case', name, known, 'cases');
    const hint = known.length === 0 ? '; create it with: dossier case create <case>' : '';
    throw new CaseNotFoundError(`${message}${hint}`);
  }

  async add(
    caseName: string,
    paths: readonly string[],
    options: AddOptions = {},
  ): Promise<AddSummary> {
    await this.requireCase(caseName);
    if (options.ocrLanguages !== undefined && !/^[a-z_]+(\+[a-z_]+)*$/.test(options.ocrLanguages)) {
      throw new DocumentInputError(
        `OCR languages are Tesseract names joined by "+" (rus+chi_sim+eng), not "${options.ocrLanguages}"`,
      );
    }
    const { cases, blobs } = this.deps;
    const inText = options.index ? await this.inTextSearch(options.index) : undefined;
    const deps = { cases, blobs, readerFor: this.readerFor, extractors: this.extractors, inText };
    return addToCase(deps, caseName, paths, options);
  }

  async documents(
    caseName: string,
    filter: { failed?: boolean; tag?: string } = {},
  ): Promise<{ documents: DocumentInfo[]; counts: StatusCounts }> {
    await this.requireCase(caseName);
    const status = filter.failed ? ('failed' as const) : undefined;
    const documents = await this.deps.cases.listDocuments(caseName, {
      ...(status ? { status } : {}),
      ...(filter.tag ? { tag: filter.tag.trim().toLowerCase() } : {}),
    });
    return { documents, counts: await this.deps.cases.countDocuments(caseName) };
  }

  /** A document by its SHA-256 or a unique prefix of it (at least 6 characters). */
  async document(
    caseName: string,
    id: string,
  ): Promise<{ document: DocumentRecord; pages: Page[]; children: DocumentInfo[] }> {
    await this.requireCase(caseName);
    const full = await this.resolveId(caseName, id.toLowerCase());
    const document = await this.deps.cases.getDocument(caseName, full);
    if (!document) throw new DocumentNotFoundError(`case "${caseName}" has no document ${id}`);
    const pages = await this.deps.cases.pages(caseName, full);
    const children = await this.deps.cases.children(caseName, full);
    return { document, pages, children };
  }

  /** A document's full ID from its ID or a unique prefix; not_found when the case has none. */
  async documentId(caseName: string, id: string): Promise<string> {
    const full = await this.resolveId(caseName, id.toLowerCase());
    if (!(await this.deps.cases.getDocument(caseName, full))) {
      throw new DocumentNotFoundError(`case "${caseName}" has no document ${id}`);
    }
    return full;
  }

  /** The picture of a page (1-based): a PDF page rendered on the server, or a PNG/JPEG scan. */
  async pageImage(caseName: string, id: string, page: number): Promise<PageImage> {
    const { document } = await this.document(caseName, id);
    const cacheDir = this.deps.pageCache ?? join(tmpdir(), 'dossier-pages');
    return documentPageImage({ blobs: this.deps.blobs, cacheDir }, document, page);
  }

  /** The case's claims (who paid, supplied or directs whom), each with its evidence. */
  async caseClaims(caseName: string, filter: ClaimFilter = {}): Promise<Claim[]> {
    await this.requireCase(caseName);
    return this.deps.cases.claims(caseName, filter);
  }

  /** Every mention of the case, or of one document (an ID or a prefix of it), of some kinds. */
  async mentions(caseName: string, query: MentionQuery = {}): Promise<CaseMention[]> {
    await this.requireCase(caseName);
    if (query.documentId === undefined) return caseMentions(this.deps.cases, caseName, query);
    const documentId = await this.resolveId(caseName, query.documentId.toLowerCase());
    if (!(await this.deps.cases.getDocument(caseName, documentId))) {
      throw new DocumentNotFoundError(`case "${caseName}" has no document ${query.documentId}`);
    }
    return caseMentions(this.deps.cases, caseName, { ...query, documentId });
  }

  /** The case's claims, each with the mentions it rests on (docs/claims.md). */
  async claims(caseName: string, filter: ClaimFilter = {}): Promise<CaseClaim[]> {
    await this.requireCase(caseName);
    return caseClaims(this.deps.cases, caseName, filter);
  }

  /** Reads every processed document's claims again; reviews stay with their claims. */
  async refreshClaims(caseName: string): Promise<RefreshSummary> {
    await this.requireCase(caseName);
    return refreshCaseClaims(this.deps.cases, caseName);
  }

  /**
   * Every organisation and person of the case screened against the index's lists (refused with
   * no_lists when it holds none), ranked by score.
   */
  async xref(caseName: string, index: MatchIndex, options: XrefOptions = {}): Promise<XrefResult> {
    await this.requireCase(caseName);
    const mentions = await this.partyMentions(caseName);
    const decisions = await this.deps.cases.xrefDecisions(caseName);
    return xrefParties(index, mentions, options, decisions);
  }

  /**
   * Record a reviewer's decision on a party (its key as xref shows it) and a list entity: in the
   * audit trail, then in the case, then on the party's mentions (see xref-decide.ts).
   */
  async xrefDecide(caseName: string, request: XrefDecideRequest): Promise<XrefDecided> {
    await this.requireCase(caseName);
    const { audit, entity } = this.deps;
    if (!audit || !entity) throw new Error('xref decisions need an audit trail and the lists');
    const parties = partiesOf(await this.partyMentions(caseName));
    return decideXref(
      { cases: this.deps.cases, audit: audit(), entity },
      caseName,
      parties,
      request,
    );
  }

  /** Every xref decision of the case, oldest first. */
  async xrefDecisions(caseName: string): Promise<XrefDecision[]> {
    await this.requireCase(caseName);
    return this.deps.cases.xrefDecisions(caseName);
  }

  /**
   * Search every processed document of the case again for the list entities named in it (those
   * added before the lists were loaded, or read against other list versions): each document's
   * in-text mentions are replaced, every other mention is kept.
   */
  async scanLists(caseName: string, index: MatchIndex): Promise<ListScan> {
    await this.requireCase(caseName);
    const search = await this.inTextSearch(index);
    const { cases } = this.deps;
    const scan: ListScan = { documents: 0, mentions: 0, buildMs: search.buildMs };
    for (const document of await cases.listDocuments(caseName, { status: 'processed' })) {
      const identifiers = (await cases.mentionsOf(caseName, document.id)).filter(
        (m) => m.extractor !== IN_TEXT_EXTRACTOR,
      );
      const found = [];
      for (const page of await cases.pages(caseName, document.id)) {
        found.push(...search.find(page.page, page.text, identifiers));
      }
      await cases.replaceMentions(caseName, document.id, IN_TEXT_EXTRACTOR, found);
      scan.documents++;
      scan.mentions += found.length;
    }
    return scan;
  }

  private async inTextSearch(index: MatchIndex): Promise<InTextSearch> {
    if (this.inText?.matcher === index.matcher) return this.inText.search;
    if (!this.deps.tools) throw new Error('the in-text list search needs the matcher tools');
    const tools = (await this.deps.tools()).names;
    if (!tools) throw new Error('the in-text list search needs the name tools');
    const search = new InTextSearch(index, tools);
    this.inText = { matcher: index.matcher, search };
    return search;
  }

  private partyMentions(caseName: string): Promise<CaseMention[]> {
    return caseMentions(this.deps.cases, caseName, { kinds: XREF_KINDS });
  }

  private async resolveId(caseName: string, id: string): Promise<string> {
    if (id.length === 64 || !HEX.test(id)) return id;
    if (id.length < 6) {
      throw new DocumentInputError(`give at least 6 characters of a document's ID, not "${id}"`);
    }
    const all = await this.deps.cases.listDocuments(caseName);
    const matches = all.filter((d) => d.id.startsWith(id));
    if (matches.length > 1) {
      throw new DocumentInputError(`"${id}" starts ${matches.length} documents' IDs: give more`);
    }
    return matches[0]?.id ?? id;
  }

  /**
   * Pages holding the query, best first, with the spans to highlight. The index is asked for the
   * query folded as pages are and for its shadow (Latin for Cyrillic and Chinese); each page found
   * is then matched again to get spans of its own text.
   */
  async find(
    caseName: string,
    query: string,
    options: { limit?: number } = {},
  ): Promise<FoundPage[]> {
    await this.requireCase(caseName);
    const limit = options.limit ?? 20;
    const { folded, shadow } = queryForms(query);
    if (folded.length < 3 && shadow.length < 3) {
      throw new DocumentInputError('a search needs at least three letters or digits');
    }
    const { cases } = this.deps;
    const keys = new Map<string, { documentId: string; page: number }>();
    for (const form of new Set([folded, shadow])) {
      if (form.length < 3) continue;
      // More than asked for: pages the second match refuses (homophones) are dropped below.
      // Without the store's spans: each page kept is matched again below, for the query's own.
      for (const hit of await cases.search(caseName, form, { limit: limit * 3, spans: false })) {
        keys.set(`${hit.documentId}:${hit.page}`, hit);
      }
    }
    const found: FoundPage[] = [];
    const names = new Map<string, string>();
    for (const { documentId, page } of keys.values()) {
      if (found.length >= limit) break;
      const text = (await cases.page(caseName, documentId, page))?.text ?? '';
      const spans = querySpans(text, query);
      if (spans.length === 0) continue;
      let fileName = names.get(documentId);
      if (fileName === undefined) {
        fileName = (await cases.getDocument(caseName, documentId))?.fileName ?? '';
        names.set(documentId, fileName);
      }
      found.push({ documentId, fileName, page, spans, snippets: snippets(text, spans) });
    }
    return found;
  }
}
