#!/usr/bin/env node
// The executable: a thin shim over the compiled command line (npm run build makes dist/).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv);
