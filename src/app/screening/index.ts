/**
 * The screening services: screen a portfolio file (from the CLI or as a server job), resume it,
 * rescreen the stored portfolio when a list changes, decide on hits, check and export the audit
 * trail, and write the outputs (hits as CSV, JSON lines or XLSX, and the HTML report).
 */
export {
  AUDIT_FORMATS,
  auditFormat,
  type AuditFormat,
  expectedHead,
  exportAudit,
  readAuditHead,
  type AuditKeptSources,
  type AuditVerified,
  verifyAudit,
} from './audit.js';
export {
  generateAuditKey,
  publicKeyPath,
  readCheckpoints,
  readPrivateKey,
  readPublicKey,
  writeCheckpoint,
} from './audit-checkpoints.js';
export { type PruneResult, pruneAudit, retentionDays } from './audit-retention.js';
export {
  AuditUpkeep,
  type AuditUpkeepConfig,
  auditUpkeepConfig,
  type AuditUpkeepOptions,
} from './audit-upkeep.js';
export { decide, type DecideRequest, type DecideResult } from './decide.js';
export { defaultActor } from './files.js';
export { fileFormat, type FileFormat } from './input.js';
export {
  DEFAULT_INPUT_LIMITS,
  type InputLimits,
  InputLimitSettingError,
  inputLimits,
  inputLimitsFromEnv,
  type XlsxLimits,
} from './limits.js';
export {
  DEFAULT_MAX_QUEUED_PER_KEY,
  JOB_BATCH_SIZE,
  JobRunner,
  type JobSettings,
  type JobSlot,
} from './job-runner.js';
export { FairQueue } from './fair-queue.js';
export { ALL_DATASETS, canonicalAlgorithm, checkDataset } from './matching.js';
export {
  hitText,
  type ResultItem,
  resultText,
  runResults,
  writeHits,
  writeXlsx,
} from './output.js';
export { type ListLookup, reportHtml, writeReport } from './report.js';
export { rescreen, type RescreenRequest, type RescreenResult } from './rescreen-service.js';
export { type LoopHooks, RunInterrupted } from './run-loop.js';
export { ENDED, liveStatus, type LiveStatus } from './run-status.js';
export {
  queueScreen,
  resumeScreen,
  screenFile,
  type ScreeningDeps,
  type ScreenResult,
} from './screen-service.js';
