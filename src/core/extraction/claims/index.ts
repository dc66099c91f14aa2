/**
 * Claims (issue 11): what a document asserts about its parties, read from a document's pages
 * and the mentions already found on them. Pure: pages and mentions in, claims out, each resting
 * on the mentions it was read from (docs/claims.md).
 *
 * @example
 * ```ts
 * const claims = extractClaims(documentId, [{ page: 1, text, mentions }]);
 * // [{ kind: 'payment', subject: 'org:ао иэмз купол', object: 'org:ооо тск вектор',
 * //    properties: { amount: ['4200000.00'], currency: ['CNY'], date: ['2024-03-20'], ... } }]
 * ```
 */
export { definedRoles, labelBefore, sentences } from './actors.js';
export { extractClaims } from './extract.js';
export { nominative } from './genitive.js';
export type { ClaimKind, ClaimMention, ClaimPage, ExtractedClaim } from './types.js';
export { ROLE_WORDS, type Role } from './words.js';

/** The kinds of claim the rules give, for the command line's `--kind`. */
export const CLAIM_KINDS = ['payment', 'supply', 'directorship', 'guarantee', 'contract'] as const;
