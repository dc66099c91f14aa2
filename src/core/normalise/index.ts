export { cleanCountry } from './countries.js';
export {
  cleanDate,
  type DateOptions,
  type DateReading,
  readDate,
  splitDateRange,
} from './dates.js';
export { cleanIdentifier } from './identifiers.js';
export { collapseSpaces, lookupKey, lookupTable } from './text.js';
export { cleanValue, type CleanOptions, MAX_NAME_LENGTH } from './values.js';
