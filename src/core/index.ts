/**
 * The pure core: no file, network or database access, no environment. Each folder is a domain
 * with its own index: model, normalise, names, orgs, identifiers, matching, screening, graph and
 * errors. Import from the domain's folder; this file only names them.
 */
export * as documents from './documents/index.js';
export * as errors from './errors/index.js';
export * as extraction from './extraction/index.js';
export * as graph from './graph/index.js';
export * as identifiers from './identifiers/index.js';
export * as matching from './matching/index.js';
export * as model from './model/index.js';
export * as names from './names/index.js';
export * as normalise from './normalise/index.js';
export * as orgs from './orgs/index.js';
export * as screening from './screening/index.js';
export * as suggest from './suggest/index.js';
