/**
 * Screening's rules, pure: column detection, party keys, hits, decisions, the hash-chained
 * audit trail, rescreen plans, the run types and the report's HTML. No I/O: the services in
 * src/app/screening run them against the stores.
 */
export {
  AUDIT_LAYOUT,
  type AuditEntry,
  type AuditRecord,
  type ChainCheck,
  type ChainHead,
  ChainWalk,
  GENESIS_HASH,
  payloadHash,
  recordHash,
  seal,
  verifyChain,
} from './audit.js';
export {
  type Checkpoint,
  checkpointHead,
  checkpointLine,
  checkpointMessage,
  keyId,
  parseCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
} from './audit-checkpoint.js';
export {
  AuditCoverage,
  type ExpectedHead,
  formatHead,
  parseHead,
} from './audit-coverage.js';
export {
  DEFAULT_RETENTION_DAYS,
  isPrunable,
  PRUNABLE_KINDS,
  parseRetentionDays,
  retentionCutoff,
} from './audit-retention.js';
export {
  ColumnResolver,
  detectTarget,
  headerWords,
  ID_TARGET,
  idRank,
  IGNORE_TARGET,
  isTarget,
  namesParty,
  parseMapping,
  PARTY_SCHEMATA,
  SCHEMA_TARGET,
  sniffDelimiter,
} from './columns.js';
export {
  applyDecisions,
  checkReason,
  DECISION_KINDS,
  DecisionBook,
  type DecisionKind,
  type DecisionRef,
  parseDecisionKind,
} from './decisions.js';
export {
  type DeltaMode,
  type DeltaPlan,
  isMatchableSchema,
  lastScreened,
  planDelta,
} from './delta.js';
export {
  AuditBrokenError,
  AuditCheckpointError,
  AuditHeadFormatError,
  AuditOptionError,
  AuditIncompleteError,
  ColumnMappingError,
  DatasetNotFoundError,
  DecisionInputError,
  HitNotFoundError,
  JobQueueFullError,
  ResumeError,
  RunClaimedError,
  RunNotFoundError,
  RunStateError,
  ScreeningError,
  UnsupportedFileError,
} from './errors.js';
export {
  batchAuditPayload,
  csvLine,
  defuseFormula,
  restoreFormula,
  digestCache,
  exposureText,
  type FoundHit,
  foundHits,
  hitCells,
  hitJson,
  hitJsonLine,
  hitsOf,
  OUTPUT_COLUMNS,
  rowExposureCells,
  rowExposureJson,
  rowExposureText,
} from './hits.js';
export { lineKey, type RowIdentity, RowKeys } from './identity.js';
export { canonicalJson, entityDigest, partyKey, sha256 } from './keys.js';
export { progressLine, type ProgressState } from './progress.js';
export {
  emptySection,
  escapeHtml,
  issueRow,
  issuesEnd,
  issuesStart,
  parametersSection,
  type ReportCounts,
  reportEnd,
  reportStart,
  sectionStart,
  tableEnd,
  withoutHitsRow,
  withoutHitsStart,
} from './report-html.js';
export { type CardInput, type HeldBy, hitCard } from './report-card.js';
export { compareFacts, type FactRow, sourceUrls } from './report-facts.js';
export { RECORD_LINKS, type RecordLink, recordLink } from './record-links.js';
export {
  checkHeaderLimits,
  DEFAULT_WIDTH_LIMITS,
  type WidthLimits,
  overLimit,
} from './limits.js';
export { type Cell, displayName, type RowOutcome, rowToExample, schemaForType } from './row.js';
export { formatDuration, newRunId, timestamp } from './time.js';
export type {
  Batch,
  ExposureFinding,
  Hit,
  HitExposure,
  ExposureChain,
  RowExposure,
  RowIssue,
  RunInfo,
  RunKind,
  RunParams,
  RunStatus,
  ScreenedRow,
} from './types.js';
