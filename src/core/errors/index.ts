/**
 * Dossier's error model: one base class with a stable string code, so that each front end maps
 * codes once (to HTTP statuses, to exit codes) instead of knowing every class.
 *
 * @example
 * ```ts
 * class RunNotFound extends DossierError {
 *   readonly code = 'not_found';
 * }
 * errorCode(new RunNotFound('no run 7')); // 'not_found'
 * ```
 */
export { ERROR_CODES, type ErrorCode } from './codes.js';
export { DossierError, errorCode, isDossierError } from './dossier-error.js';
