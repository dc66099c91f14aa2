#!/usr/bin/env node
// The executable: a thin shim over the compiled command line (npm run build makes dist/).
import { main } from '../dist/src/cli/main.js';

// A reader that stops early (`dossier ... | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv);
