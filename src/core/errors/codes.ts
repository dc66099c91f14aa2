/**
 * The stable codes every Dossier error carries. Front ends translate a code, never a class or a
 * message: the HTTP API to a status (src/server/errors.ts), the command line to an exit code
 * (src/cli/errors.ts). A code is part of the public contract (docs/api.md): add, never rename.
 */
export const ERROR_CODES = [
  /** A command line used wrongly: a bad flag, a missing argument, a bad setting. */
  'usage',
  /** A request or input that cannot be used as given: a bad parameter, schema or row. */
  'invalid_input',
  'not_found',
  'method_not_allowed',
  /** The request does not fit the resource's state: a finished run resumed, a job not done. */
  'conflict',
  /** Stored records do not verify: the audit trail was edited. */
  'integrity',
  'unauthenticated',
  'forbidden',
  'too_large',
  'unsupported_media_type',
  'rate_limited',
  /** Not ready yet (the index is being built): retry shortly. */
  'unavailable',
  /** A source file that cannot be read as its format says. */
  'source_invalid',
  /** A database written by a newer release. */
  'schema_too_new',
  /** Work stopped on purpose (a server closing), to be resumed. */
  'interrupted',
  /**
   * Nothing to screen against: no list is loaded (or the lists loaded hold no party). Screening
   * then is refused, never answered with an empty, "clear" result.
   */
  'no_lists',
  /**
   * A list file refused as a new version though it reads: older than the current version, or
   * losing more targets than allowed. A flag the message names overrides it.
   */
  'version_refused',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
