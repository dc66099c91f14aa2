/**
 * The command line's commands, one file each; `buildProgram` registers them all.
 */
export { registerAdd } from './add.js';
export { registerAudit } from './audit.js';
export { registerCases } from './cases.js';
export { registerClaims } from './claims.js';
export { registerDatasets } from './datasets.js';
export { registerDecide } from './decide.js';
export { registerDesignations } from './designations.js';
export { registerDiff } from './diff.js';
export { registerDocs } from './docs.js';
export { registerEntity } from './entity.js';
export { registerExport } from './export.js';
export { registerFind } from './find.js';
export { registerFlags } from './flags.js';
export { registerFormats } from './formats.js';
export { registerIngest } from './ingest.js';
export { registerKeys } from './keys.js';
export { registerMatch } from './match.js';
export { registerMentions } from './mentions.js';
export { registerRescreen } from './rescreen.js';
export { registerReport } from './report.js';
export { registerRuns, runJson } from './runs.js';
export { registerScreen } from './screen.js';
export { registerServe } from './serve.js';
export { registerUpdate } from './update.js';
export { registerXref } from './xref.js';
