import { DossierError } from '../../core/errors/index.js';

/** An ID that names no entity the lists have or had. */
export class EntityNotFound extends DossierError {
  override readonly name = 'EntityNotFound';
  readonly code = 'not_found';
}
