/** The documents service's errors, with the codes every front end maps (src/core/errors). */
import { DossierError } from '../../core/errors/index.js';

/** A case, document or path named that is not there. */
export class CaseNotFoundError extends DossierError {
  override readonly name = 'CaseNotFoundError';
  readonly code = 'not_found';
}

export class DocumentNotFoundError extends DossierError {
  override readonly name = 'DocumentNotFoundError';
  readonly code = 'not_found';
}

export class PathNotFoundError extends DossierError {
  override readonly name = 'PathNotFoundError';
  readonly code = 'not_found';
}

export class CaseExistsError extends DossierError {
  override readonly name = 'CaseExistsError';
  readonly code = 'conflict';
}

/** A bad case name, OCR language list or query. */
export class DocumentInputError extends DossierError {
  override readonly name = 'DocumentInputError';
  readonly code = 'invalid_input';
}

/** A page image the server cannot make now (pdftoppm missing): the operator's to fix, 503. */
export class PageImageUnavailableError extends DossierError {
  override readonly name = 'PageImageUnavailableError';
  readonly code = 'unavailable';
}
