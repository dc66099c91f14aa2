/** The `dossier` command line: `main` runs it with arguments, output streams and an environment. */
export { buildProgram, main } from './main.js';
export { type RunResult, runCli } from './run.js';
