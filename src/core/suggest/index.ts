/**
 * Suggestions for mistyped names: an edit distance, the closest valid name, and the message that
 * refuses an unknown name with both the suggestion and the valid names.
 *
 * @example
 * ```ts
 * closestName('company', ['Person', 'Company']); // 'Company'
 * unknownNameMessage('list', 'ofca', ['ofac', 'un']);
 * // 'unknown list "ofca"; did you mean "ofac"? valid: ofac, un'
 * ```
 */
export { closestName, editDistance, unknownNameMessage } from './suggest.js';
