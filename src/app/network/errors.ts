import { DossierError } from '../../core/errors/index.js';

/** An id that names no node of the network, by node id or list entity id. */
export class NetworkNodeNotFound extends DossierError {
  override readonly name = 'NetworkNodeNotFound';
  readonly code = 'not_found';
}

/** A jurisdiction or hop count the network's questions do not take. */
export class NetworkInputError extends DossierError {
  override readonly name = 'NetworkInputError';
  readonly code = 'invalid_input';
}
