/**
 * The network's input formats (issue 12), read into parties and relations with the place of
 * every problem: the ownership table (`ownership-csv`), Open Ownership's BODS 0.4 (`bods`), and
 * FollowTheMoney's relation schemata (read from loaded lists). Pure reading: which ids name
 * loaded list entities, and the writing to the graph, are src/app/network's.
 *
 * @example
 * ```ts
 * const parsed = await parseOwnershipCsv(readCsv('owners.csv', options), 'owners.csv');
 * for (const p of parsed.problems) console.log(p.where, p.reason); // "line 7", "percent over 100"
 * ```
 */
export { bodsShare } from './bods-read.js';
export { type SchemeRule, schemeRule } from './bods-schemes.js';
export { parseBods } from './bods.js';
export { fullHoldingCycles, type Holding } from './cycles.js';
export { FTM_RELATIONS, type FtmLike, ftmAssetOwners, ftmRelation } from './ftm.js';
export { OWNERSHIP_COLUMNS, parseOwnershipCsv } from './ownership-csv.js';
export { isShare, parseIsoDate, parseShare } from './share.js';
export type * from './types.js';
export { UNKNOWN_SHARE } from './types.js';
