/**
 * The comparers: each looks at one kind of evidence and returns a score with its explanation, or
 * nothing when that evidence is absent on either side. Pure functions of two prepared entities.
 */
import { compareIdentifiers } from '../identifiers/index.js';
import { compareNames, mayAlignAtLeast } from './align.js';
import type { PreparedEntity } from './prepare.js';

export interface FeatureValue {
  score: number;
  detail: string;
  query: string | null;
  candidate: string | null;
}

export function nameMatch(q: PreparedEntity, c: PreparedEntity): FeatureValue | null {
  const best = compareNames(q.names, c.names);
  // The comparison itself: its detail is written only if read.
  return best && best.score > 0 ? best : null;
}

/** How close a weak alias must come to count. */
const WEAK_ALIAS_MIN = 0.95;

export function weakAliasMatch(q: PreparedEntity, c: PreparedEntity): FeatureValue | null {
  if (c.weakNames.length === 0) return null;
  // A weak alias only counts when it is (nearly) exact: it is short and common by nature.
  if (!mayAlignAtLeast(q.names, c.weakNames, WEAK_ALIAS_MIN)) return null;
  const best = compareNames(q.names, c.weakNames);
  return best && best.score >= WEAK_ALIAS_MIN ? best : null;
}

/** Identifier evidence: the strongest match, and separately the strongest mismatch. */
export function identifierFeatures(q: PreparedEntity, c: PreparedEntity) {
  if (q.identifiers.length === 0 || c.identifiers.length === 0)
    return { match: null, mismatch: null };
  const comparisons = compareIdentifiers(q.identifierProps, c.identifierProps);
  let match: (FeatureValue & { strong: boolean }) | null = null;
  let mismatch: (FeatureValue & { strong: boolean }) | null = null;
  for (const r of comparisons) {
    const value = {
      score: 1,
      strong: r.strong,
      detail: `${r.type} ${r.outcome}${r.strong ? ' (decisive type)' : ''}`,
      query: r.query.map((v) => v.raw).join('; ') || null,
      candidate: r.candidate.map((v) => v.raw).join('; ') || null,
    };
    if (r.outcome === 'match' && (!match || (r.strong && !match.strong))) match = value;
    if (r.outcome === 'mismatch' && (!mismatch || (r.strong && !mismatch.strong))) mismatch = value;
  }
  return { match, mismatch };
}

/** Birth dates: disjoint years, or the same year with different days, count against. */
export function birthDateFeatures(q: PreparedEntity, c: PreparedEntity) {
  if (q.birthDates.length === 0 || c.birthDates.length === 0) return null;
  const years = (ds: string[]) => new Set(ds.map((d) => d.slice(0, 4)));
  const [qy, cy] = [years(q.birthDates), years(c.birthDates)];
  const yearShared = [...qy].some((y) => cy.has(y));
  const detail = { query: q.birthDates.join('; '), candidate: c.birthDates.join('; ') };
  if (!yearShared)
    return {
      kind: 'dob_year_disjoint' as const,
      score: 1,
      detail: 'no birth year in common',
      ...detail,
    };
  const full = (ds: string[]) => ds.filter((d) => d.length >= 10).map((d) => d.slice(0, 10));
  const [qf, cf] = [full(q.birthDates), full(c.birthDates)];
  if (qf.length && cf.length && !qf.some((d) => cf.includes(d))) {
    return {
      kind: 'dob_day_disjoint' as const,
      score: 1,
      detail: 'same year, different day',
      ...detail,
    };
  }
  return { kind: 'dob_match' as const, score: 1, detail: 'birth date consistent', ...detail };
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

export function countryMismatch(q: PreparedEntity, c: PreparedEntity): FeatureValue | null {
  if (!disjoint(q.countries, c.countries)) return null;
  return {
    score: 1,
    detail: 'no country in common',
    query: [...q.countries].join('; '),
    candidate: [...c.countries].join('; '),
  };
}

export function genderMismatch(q: PreparedEntity, c: PreparedEntity): FeatureValue | null {
  if (!disjoint(q.genders, c.genders)) return null;
  return {
    score: 1,
    detail: 'different gender',
    query: [...q.genders].join('; '),
    candidate: [...c.genders].join('; '),
  };
}
