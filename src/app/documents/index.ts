/**
 * Documents in cases (issue 11): `add` (store, detect, read, extract, resume), the documents of a
 * case with their status, one document with its pages, and search across scripts.
 *
 * @example
 * ```ts
 * const dossier = openDossier({ db: 'dossier.db' });
 * await dossier.documents.createCase('garpiya');
 * const summary = await dossier.documents.add('garpiya', ['leak/']);
 * const hits = await dossier.documents.find('garpiya', 'Kupol');
 * ```
 */
export {
  type AddOptions,
  type AddProgress,
  type AddSummary,
  addToCase,
  DEFAULT_OCR_LANGUAGES,
} from './add.js';
export {
  type CaseClaim,
  caseClaims,
  type ClaimAudit,
  type ClaimPlace,
  ClaimNotFoundError,
  type ClaimReview,
  documentClaims,
  type RefreshSummary,
  refreshCaseClaims,
  reviewCaseClaim,
  saveDocumentClaims,
} from './claims.js';
export { type CaseEntity, caseEntities, type StatementSource } from './entities.js';
export {
  CaseExistsError,
  CaseNotFoundError,
  DocumentInputError,
  DocumentNotFoundError,
  PageImageUnavailableError,
  PathNotFoundError,
} from './errors.js';
export { detectMediaType } from './media-type.js';
export { type CaseMention, caseMentions, type MentionQuery } from './mentions.js';
export { imageTypeOf, type PageImage } from './page-image.js';
export { type CaseParty, cleanName, NEAR_CHARS, partiesOf, partyKey } from './parties.js';
export {
  decideXref,
  IN_TEXT_EXTRACTOR,
  type XrefDecided,
  type XrefDecideRequest,
  XrefPartyNotFound,
  XREF_VERDICTS,
} from './xref-decide.js';
export {
  latestDecisions,
  type XrefMatch,
  type XrefMatchDecision,
  type XrefOptions,
  type XrefParty,
  type XrefResult,
  xrefParties,
} from './xref.js';
export {
  addCaseNote,
  NoteNotFoundError,
  type NoteRequest,
  NoteRetractedError,
  retractCaseNote,
  setDocumentTag,
  type TagChange,
  tagOf,
} from './notes.js';
export { type CaseSummary, NotesService } from './notes-service.js';
export { DocumentService, type DocumentServiceDeps, type FoundPage } from './service.js';
export {
  caseJson,
  claimJson,
  documentDetailJson,
  documentJson,
  expandKinds,
  foundPageJson,
  MENTION_KINDS,
  mentionJson,
  caseSummaryJson,
  noteJson,
  pageJson,
} from './json.js';
