/**
 * The case store's errors, with stable codes for the CLI's exit codes and the server's statuses.
 */
export class CaseExists extends Error {
  override readonly name = 'CaseExists';
  readonly code = 'case_exists';
}

export class CaseNotFound extends Error {
  override readonly name = 'CaseNotFound';
  readonly code = 'case_not_found';
}

export class DocumentNotFound extends Error {
  override readonly name = 'DocumentNotFound';
  readonly code = 'document_not_found';
}

/** Input that would break the store's invariants (a span outside its page, a bad hash...). */
export class InvalidDocumentData extends Error {
  override readonly name = 'InvalidDocumentData';
  readonly code = 'invalid_document_data';
}
