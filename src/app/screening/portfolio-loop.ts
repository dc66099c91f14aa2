/**
 * The rescreen loop: every party of the portfolio, page by page, against the matcher of changed
 * entries. Only hits that no earlier run raised for the party with the entry's current content
 * are kept, so that a rescreen reports what is new and nothing else.
 */
import type { EntityExample, Matcher, MatchOptions } from '../../core/matching/index.js';
import { applyDecisions, type DecisionBook } from '../../core/screening/index.js';
import { digestCache, hitsOf } from '../../core/screening/index.js';
import type { Batch } from '../../core/screening/index.js';
import { type ExposureOf, withExposure } from './exposure.js';
import { matchOne } from './row-matcher.js';
import { type CommitContext, commit, emptyBatch } from './run-loop.js';

/** The matcher of changed entries is small: it runs in this thread. */
export interface PortfolioContext extends CommitContext {
  matcher: Matcher;
  options: MatchOptions;
  book: DecisionBook;
  /** Hits carry their entity's exposure through ownership, as a screen's do (./exposure.ts). */
  exposureOf?: ExposureOf;
}

const PAGE = 1000;

interface Party {
  ordinal: number;
  partyKey: string;
  /** The key the party had in the screen that added it: the customer ID or `line:<n>`. */
  key: string | null;
  example: EntityExample;
}

async function screenParty(
  ctx: PortfolioContext,
  party: Party,
  batch: Batch,
  digest: ReturnType<typeof digestCache>,
) {
  const matched = matchOne(ctx.matcher, ctx.options, party.example, digest);
  if ('problem' in matched) {
    batch.issues.push({ row: party.ordinal, message: matched.problem, screened: false });
    return;
  }
  const fresh = [];
  for (const h of hitsOf(party.ordinal, party.partyKey, matched.hits, party.key)) {
    if (!(await ctx.repo.wasRaised(h.partyKey, h.entityId, h.entityDigest))) fresh.push(h);
  }
  withExposure(fresh, ctx.exposureOf);
  const { raised, suppressed } = applyDecisions(party.partyKey, fresh, ctx.book);
  if (raised.length + suppressed.length === 0) return;
  batch.rows.push({
    row: party.ordinal,
    key: party.key,
    partyKey: party.partyKey,
    example: party.example,
    hits: raised,
    suppressed: suppressed.map((s) => ({ hit: s.hit, decisionId: s.decision.id })),
  });
}

/** Returns how many parties were screened. */
export async function screenPortfolio(ctx: PortfolioContext): Promise<number> {
  const digest = digestCache();
  let screened = 0;
  for (;;) {
    const page = await ctx.repo.portfolioPage(ctx.cursor, PAGE);
    if (page.length === 0) break;
    const batch = emptyBatch(ctx.cursor);
    for (const party of page) {
      await screenParty(ctx, party, batch, digest);
      batch.cursor = party.ordinal;
      batch.screened++;
    }
    await commit(ctx, batch, 'rescreen.batch', false);
    screened += page.length;
  }
  return screened;
}
