/**
 * Helpers for tests of every layer: where the real lists are, stores loaded with them, small
 * fixture files, HTTP helpers and waiting. Never imported by code that ships.
 */
export { readAll, repoRoot, testData } from './data.js';
export { assertRejects, fixtureFolder, readUntilError } from './fixtures.js';
export { encodeLegacy, encodeUtf16 } from './legacy-encoding.js';
export { get, type JsonResponse, post, postForm, readResponse } from './http.js';
export { LISTS, type ListName, loadStore } from './stores.js';
export { collect, poll, waitForOutput } from './wait.js';
