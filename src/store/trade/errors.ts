import { DossierError } from '../../core/errors/index.js';

/** A batch of records the store cannot keep as given (a repeated id): nothing is written. */
export class InvalidTradeData extends DossierError {
  override readonly name = 'InvalidTradeData';
  readonly code = 'invalid_input';
}
