/**
 * Trade reference files: the Common High Priority List in its CSV or JSON form.
 *
 * @example
 * ```ts
 * const chpl = readChplFile('chpl_hs6_tiers_2024-02-23.csv');
 * chpl.codes.get('854231'); // '1'
 * ```
 */
export { readChplFile } from './chpl.js';
