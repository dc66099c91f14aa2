import { defaultTools } from '../../core/matching/index.js';
import type { Command } from 'commander';
import { MatchService } from '../../app/match-service.js';
import { createApp, serverConfig } from '../../server/index.js';
import type { CommandContext } from '../context.js';

interface ServeOptions {
  host?: string;
  port?: string;
  refresh?: string;
}

/** Resolve on the first SIGINT or SIGTERM, so that the server closes cleanly. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function registerServe(program: Command, ctx: CommandContext) {
  program
    .command('serve')
    .description('run the screening API (compatible with OpenSanctions yente) until interrupted')
    .option('--host <host>', 'the address to listen on (default: 127.0.0.1, or $DOSSIER_HOST)')
    .option('--port <port>', 'the port to listen on, 0 for any free one (default: 8000)')
    .option('--refresh <seconds>', 'how often to look for newly ingested datasets (default: 5)')
    .action(async (options: ServeOptions) => {
      const config = serverConfig(
        { host: options.host, port: options.port, refreshSeconds: options.refresh },
        process.env,
      );
      const store = ctx.store();
      const service = new MatchService(store, defaultTools());
      const log = (line: string) => ctx.io.err.write(`${line}\n`);
      const app = createApp({ service, store, config, log });
      const url = await app.listen();
      ctx.io.out.write(`Dossier API listening on ${url} (API description: ${url}/openapi.json)\n`);
      // Listen first and build after, so that /healthz answers and /readyz reports the build.
      const started = performance.now();
      const building = service.refresh().then(
        () => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          log(`index ready: ${service.catalog?.entities ?? 0} entities in ${seconds} s`);
        },
        (error: Error) => log(`index build failed: ${error.message} (retrying while polling)`),
      );
      const signal = await untilSignal();
      log(`${signal}: shutting down`);
      await app.close();
      // The store closes after this command: let a build in progress finish reading it first.
      await building;
    });
}
