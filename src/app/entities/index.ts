/**
 * What the entity page shows beyond the entity itself (issue 13): first and last seen and the
 * timeline of changes between list versions, exposure under every rule with its chains, the
 * relations in the network, and the screening decisions taken on it. Shared by the server and any
 * other front end.
 *
 * @example
 * ```ts
 * const dossier = openDossier({ db: 'dossier.db' });
 * const history = await entityHistory(dossier.lists, 'ofac-46431'); // {first_seen, timeline...}
 * const exposure = await entityExposure(dossier.network(), 'ofac-46431'); // {state, jurisdictions}
 * ```
 */
export { type EntityDecisionJson, entityDecisions } from './decisions.js';
export { EntityNotFound } from './errors.js';
export {
  type EntityExposureJson,
  entityExposure,
  type ExposureState,
  type JurisdictionExposureJson,
} from './exposure.js';
export {
  type EntityHistoryJson,
  entityHistory,
  historyJson,
  type SeenJson,
  type TimelineEntryJson,
} from './history.js';
export {
  type EntityRelationsJson,
  entityRelations,
  RELATIONS_SHOWN,
  type RelationJson,
} from './relations.js';
