/**
 * What a long-running server does for its audit trail: prune match payloads past the retention
 * period, and append a signed checkpoint, each at an interval. Both run in the server's process
 * on timers that do not keep it alive; a pass that fails is logged and tried again next time.
 */
import type { KeyObject } from 'node:crypto';
import { AuditOptionError } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import { readPrivateKey, writeCheckpoint } from './audit-checkpoints.js';
import { pruneAudit, retentionDays } from './audit-retention.js';

export interface AuditUpkeepConfig {
  /** Days a match record's payload is kept; null: for good. */
  retentionDays: number | null;
  pruneEverySeconds: number;
  /** The Ed25519 private key that signs checkpoints; null: no checkpoints. */
  checkpointKey: string | null;
  checkpointsFile: string;
  checkpointEverySeconds: number;
}

/** The options of `dossier serve` (strings as given), each with its environment variable. */
export interface AuditUpkeepOptions {
  auditRetention?: string;
  auditPruneEvery?: string;
  auditCheckpointKey?: string;
  auditCheckpoints?: string;
  auditCheckpointEvery?: string;
}

const HOUR = 3600;

function seconds(text: string | undefined, what: string, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,9}$/.test(text.trim()) || Number(text) < 1) {
    throw new AuditOptionError(`${what} must be a whole number of seconds from 1, not "${text}"`);
  }
  return Number(text);
}

export function auditUpkeepConfig(
  options: AuditUpkeepOptions,
  env: NodeJS.ProcessEnv,
  dbLocation: string,
): AuditUpkeepConfig {
  const given = (option: string | undefined, name: string) => option ?? env[name] ?? undefined;
  return {
    retentionDays: retentionDays(options.auditRetention, env),
    pruneEverySeconds: seconds(
      given(options.auditPruneEvery, 'DOSSIER_AUDIT_PRUNE_EVERY'),
      '--audit-prune-every',
      HOUR,
    ),
    checkpointKey: given(options.auditCheckpointKey, 'DOSSIER_AUDIT_CHECKPOINT_KEY') || null,
    checkpointsFile:
      given(options.auditCheckpoints, 'DOSSIER_AUDIT_CHECKPOINTS') ||
      `${dbLocation}.checkpoints.jsonl`,
    checkpointEverySeconds: seconds(
      given(options.auditCheckpointEvery, 'DOSSIER_AUDIT_CHECKPOINT_EVERY'),
      '--audit-checkpoint-every',
      HOUR,
    ),
  };
}

/** The timers of one server; `runOnce` is what each tick does, callable without the timers. */
export class AuditUpkeep {
  private readonly timers: NodeJS.Timeout[] = [];
  private running: Promise<void> = Promise.resolve();
  private readonly key: KeyObject | null;
  /** The head last checkpointed: an idle server does not sign the same head again and again. */
  private lastCheckpointed: string | null = null;

  constructor(
    private readonly repo: ScreeningStore,
    private readonly config: AuditUpkeepConfig,
    private readonly log: (line: string) => void,
  ) {
    // Read at start, so that a wrong path fails `serve` at once rather than an hour later.
    this.key = config.checkpointKey ? readPrivateKey(config.checkpointKey) : null;
  }

  /** What the server does and how often, for its start-up log. */
  describe(): string {
    const { retentionDays: days, checkpointsFile } = this.config;
    const retention = days === null ? 'kept for good' : `pruned after ${days} days`;
    const checkpoints = this.key ? `signed checkpoints to ${checkpointsFile}` : 'no checkpoints';
    return `audit trail: match payloads ${retention}; ${checkpoints}`;
  }

  /** Run each task once now, then at its interval. */
  start(): void {
    if (this.config.retentionDays !== null) {
      this.every(this.config.pruneEverySeconds, () => this.prune());
    }
    if (this.key) this.every(this.config.checkpointEverySeconds, () => this.checkpoint());
  }

  private every(seconds: number, task: () => Promise<void>): void {
    const run = () => {
      // One pass at a time: a slow prune is not started again under itself.
      this.running = this.running.then(task);
    };
    run();
    const timer = setInterval(run, seconds * 1000);
    timer.unref();
    this.timers.push(timer);
  }

  async prune(now = new Date()): Promise<void> {
    const days = this.config.retentionDays;
    if (days === null) return;
    try {
      const { records, bytes } = await pruneAudit(this.repo, days, now);
      if (records > 0) this.log(`audit: pruned ${records} match records (${bytes} payload bytes)`);
    } catch (error) {
      this.log(`audit: pruning failed: ${(error as Error).message}`);
    }
  }

  async checkpoint(now = new Date()): Promise<void> {
    if (!this.key) return;
    try {
      const head = await this.repo.auditHead();
      const text = head && `${head.seq}:${head.hash}`;
      if (!text || text === this.lastCheckpointed) return;
      await writeCheckpoint(this.repo, this.key, this.config.checkpointsFile, now);
      this.lastCheckpointed = text;
    } catch (error) {
      this.log(`audit: checkpoint failed: ${(error as Error).message}`);
    }
  }

  /** Resolves when the passes started so far are done. */
  idle(): Promise<void> {
    return this.running;
  }

  /**
   * Stop the timers, wait for a pass in progress, and sign a last checkpoint when the head moved
   * since the last one, so that the records of the server's last hour are anchored too.
   */
  async stop(): Promise<void> {
    const started = this.timers.length > 0;
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
    await this.running;
    if (started) await this.checkpoint();
  }
}
