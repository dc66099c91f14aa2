export { cleanCountry } from './countries.js';
export { cleanDate, splitDateRange, type DateOptions } from './dates.js';
export { cleanIdentifier } from './identifiers.js';
export { collapseSpaces, lookupKey, lookupTable } from './text.js';
export { cleanValue, type CleanOptions, MAX_NAME_LENGTH } from './values.js';
