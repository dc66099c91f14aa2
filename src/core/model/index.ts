export {
  type AddOptions,
  type DraftValue,
  derivedId,
  EntityDraft,
  type Rejected,
  shortHash,
} from './entity-draft.js';
export { assembleEntity, captionOf, type FtmEntity } from './entity.js';
export {
  commonSchema,
  getProperty,
  getSchema,
  isTargetSchema,
  model,
  propertyOf,
  propertyType,
  reversePropertyName,
  schemaHasProperty,
  schemaNamed,
} from './ftm.js';
export { BASE_PROP, type Statement, statementId } from './statement.js';
