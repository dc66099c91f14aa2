import { DossierError } from '../../core/errors/index.js';

/** A trade dataset may not take a list's name: reloading it would drop the list's graph edges. */
export class TradeDatasetConflict extends DossierError {
  override readonly name = 'TradeDatasetConflict';
  readonly code = 'conflict';
}

export class TradeDatasetNotFound extends DossierError {
  override readonly name = 'TradeDatasetNotFound';
  readonly code = 'not_found';
}

/** A file of which no row could be read: loading it would empty the dataset. */
export class NoTradeRecords extends DossierError {
  override readonly name = 'NoTradeRecords';
  readonly code = 'invalid_input';
}

/** `dossier flags <name>` where the name is both a trade dataset and a case. */
export class FlagsSourceAmbiguous extends DossierError {
  override readonly name = 'FlagsSourceAmbiguous';
  readonly code = 'invalid_input';
}
