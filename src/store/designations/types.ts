/**
 * Reviewers' decisions on merged designations, as any backend sees them: "these two entries are
 * not the same designation", kept until withdrawn. SQLite implements it today (./sqlite.ts).
 */

export interface SplitDecision {
  /** The two entity IDs, in code-unit order. */
  entities: [string, string];
  actor: string;
  reason: string;
  decidedAt: string;
}

export interface DesignationStore {
  /** Record a split; deciding the same pair again replaces the earlier record. */
  addSplit(decision: SplitDecision): Promise<void>;
  /** Withdraw a split; false when the pair was not split. */
  removeSplit(a: string, b: string): Promise<boolean>;
  /** Every split, oldest first. */
  splits(): Promise<SplitDecision[]>;
  close(): Promise<void>;
}
