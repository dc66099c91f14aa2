import type { Command } from 'commander';
import { pageCacheDir, reportDownload } from '../../app/report/index.js';
import { listsProblem } from '../../app/matching/index.js';
import {
  AuditUpkeep,
  type AuditUpkeepOptions,
  auditUpkeepConfig,
} from '../../app/screening/index.js';
import type { ServerConfig } from '../../server/index.js';
import type { CommandContext } from '../context.js';
import { collect } from './screening-common.js';

interface ServeOptions extends AuditUpkeepOptions {
  host?: string;
  port?: string;
  refresh?: string;
  requireKeys?: boolean;
  maxBody?: string;
  maxUpload?: string;
  maxQueuedPerKey?: string;
  rateLimit?: string;
  rateBurst?: string;
  publicUrl?: string;
  /** Empty unless given: then DOSSIER_ALLOWED_HOSTS applies. */
  allowHost: string[];
  db?: string;
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

type Server = typeof import('../../server/index.js');

function configOf(
  serverConfig: Server['serverConfig'],
  options: ServeOptions,
  env: NodeJS.ProcessEnv,
): ServerConfig {
  return serverConfig(
    {
      host: options.host,
      port: options.port,
      refreshSeconds: options.refresh,
      requireKeys: options.requireKeys,
      maxBodyBytes: options.maxBody,
      maxUploadBytes: options.maxUpload,
      maxQueuedJobsPerKey: options.maxQueuedPerKey,
      rateLimit: options.rateLimit,
      rateBurst: options.rateBurst,
      publicUrl: options.publicUrl,
      allowedHosts: options.allowHost.length > 0 ? options.allowHost : undefined,
    },
    env,
  );
}

function describeAccess(config: ServerConfig): string {
  const keys = config.requireKeys ? 'API keys required' : 'API keys optional (loopback)';
  const limit = config.rateLimit > 0 ? `${config.rateLimit}/s, burst ${config.rateBurst}` : 'off';
  return `${keys}; rate limit ${limit}`;
}

async function serve(ctx: CommandContext, options: ServeOptions) {
  // Loaded here, not with the command line: the server's modules cost every other command about
  // 0.7 s of CPU at start (a `dossier match` that loads its index snapshot takes less).
  const { createApp, serverConfig } = await import('../../server/index.js');
  const config = configOf(serverConfig, options, ctx.env);
  const dossier = ctx.dossier();
  const { lists: store, keys } = dossier;
  const service = await dossier.matching();
  // Jobs, decisions and the audit trail live in the same file; uploads in a folder beside it.
  const screening = {
    repo: dossier.screening,
    tools: await dossier.tools(),
    jobsDir: `${dossier.location}.jobs`,
  };
  const log = (line: string) => {
    ctx.io.err.write(`${line}\n`);
  };
  // The first build after a load takes seconds (later starts load the saved index): say so.
  service.progress = log;
  // Read before listening: a wrong retention, interval or key path fails at once.
  const upkeep = new AuditUpkeep(
    dossier.screening,
    auditUpkeepConfig(options, ctx.env, dossier.location),
    log,
  );
  const network = dossier.network();
  const documents = dossier.documents;
  // The report screens parties against the index the server keeps, once it has lists.
  const caseReport = (caseName: string, threshold: number) =>
    reportDownload(
      {
        cases: dossier.cases,
        documents,
        matchIndex: async () => {
          if ((await store.datasets()).length === 0 || !service.catalog) return null;
          return { matcher: service.matcher, catalog: service.catalog };
        },
      },
      caseName,
      { threshold, blobs: dossier.blobs, cacheDir: pageCacheDir(dossier.location) },
    );
  const app = createApp({
    ...{ service, store, config, keys, screening, documents, log, network },
    caseReport,
    auditKept: () => dossier.auditKept(),
  });
  let building: Promise<void> = Promise.resolve();
  try {
    const url = await app.listen();
    ctx.io.out.write(`Dossier API listening on ${url} (API description: ${url}/openapi.json)\n`);
    log(`web workbench: ${url}/app/`);
    log(describeAccess(config));
    log(upkeep.describe());
    upkeep.start();
    // Listen first and build after (in a worker thread), so that /healthz answers and /readyz
    // reports the build.
    const started = performance.now();
    building = service.refresh().then(
      () => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const how = service.lastLoad?.source === 'snapshot' ? 'loaded from its snapshot' : 'built';
        log(`index ready: ${service.catalog?.entities ?? 0} entities, ${how}, in ${seconds} s`);
        // Said at once, not left for /readyz to find: until lists arrive, nothing is screened.
        const problem = service.catalog && listsProblem(service.catalog);
        if (problem) log(`not ready: ${problem}; /readyz and screening answer 503 until then`);
      },
      (error: Error) => {
        // No failure kept: the build was stopped because the server is closing.
        if (!service.failure) return;
        log(`index build failed: ${error.message} (built again when the lists change)`);
      },
    );
    const signal = await untilSignal();
    log(`${signal}: shutting down`);
  } finally {
    await upkeep.stop();
    await app.close();
    // The stores close after this command: let a build in progress finish reading first.
    await building;
  }
}

export function registerServe(program: Command, ctx: CommandContext) {
  program
    .command('serve')
    .description('run the screening API (compatible with OpenSanctions yente) until interrupted')
    .option('--host <host>', 'the address to listen on (default: 127.0.0.1, or $DOSSIER_HOST)')
    .option('--port <port>', 'the port to listen on, 0 for any free one (default: 8000)')
    .option('--refresh <seconds>', 'how often to look for newly ingested datasets (default: 5)')
    .option('--require-keys', 'require an API key on loopback too (always off loopback)')
    .option('--max-body <bytes>', 'the largest request body accepted (default: 1048576)')
    .option(
      '--max-upload <bytes>',
      'the largest portfolio file for /screen/jobs (default: 200 MiB)',
    )
    .option(
      '--max-queued-per-key <jobs>',
      'jobs one API key (or all callers without one) may have waiting (default: 10)',
    )
    .option('--rate-limit <per-second>', 'requests per second per key or address, 0: off (50)')
    .option('--rate-burst <requests>', 'requests a caller may send at once (default: 100)')
    .option('--public-url <url>', 'the URL clients reach the server at, behind a proxy')
    .option(
      '--allow-host <name>',
      'another name the server answers to in the Host header (repeatable; "*": any)',
      collect,
      [],
    )
    .option(
      '--audit-retention <days>',
      'days a /match record keeps its full payload, then its hash; "off": for good ' +
        '(default: $DOSSIER_AUDIT_RETENTION_DAYS or 90)',
    )
    .option('--audit-prune-every <seconds>', 'how often to prune (default: 3600)')
    .option('--audit-checkpoint-key <pem>', 'sign a checkpoint of the audit head at an interval')
    .option(
      '--audit-checkpoints <file>',
      'where checkpoints are appended (default: <db>.checkpoints.jsonl)',
    )
    .option('--audit-checkpoint-every <seconds>', 'how often to checkpoint (default: 3600)')
    .action((options: ServeOptions) => serve(ctx, options));
}
