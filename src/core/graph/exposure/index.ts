/**
 * Sanctions exposure through ownership and control under the US (OFAC 50% rule), EU and UK rules,
 * computed for every node of a CSR graph at once. Pure: the caller says which nodes are listed and
 * which edges are holdings, control or joint holdings.
 *
 * @example
 * ```ts
 * const graph = await buildCsr(nodes, edges);
 * const result = computeExposure({ graph, listed, ownership, control });
 * const finding = findingOf(result, graph.indexOf('acme'), 'us'); // {exposed, share, range...}
 * const chains = chainsTo(result, graph.indexOf('acme'), 'us');    // edge numbers, listed party first
 * ```
 */
export { type ChainLimits, chainsTo } from './chains.js';
export { AGGREGATE_THRESHOLD, aggregateFixedPoint } from './fixed-point.js';
export { edgeBounds, foldHoldings, type Holdings } from './holdings.js';
export { computeExposure, findingOf } from './rules.js';
export * from './types.js';
export { UK_THRESHOLD, ukPass } from './uk.js';
