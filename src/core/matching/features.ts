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
  const best = compareNames(q.names, c.weakNames, c.names);
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

/**
 * Birth years this far apart or more are another person, not a list's guess or typo: a year or
 * two off is common (an estimated year, a range's other end), five is not.
 */
const YEARS_APART = 5;

/** The fewest years between any birth date of one side and any of the other. */
function yearGap(a: readonly string[], b: readonly string[]): number {
  let gap = Number.POSITIVE_INFINITY;
  for (const x of a) {
    for (const y of b) gap = Math.min(gap, Math.abs(Number(x.slice(0, 4)) - Number(y.slice(0, 4))));
  }
  return gap;
}

/**
 * A full date with its day and month exchanged, or null when that reads as no other date: the
 * same date in day-first and month-first writing ("09/07/1960", 9 July or 7 September).
 */
export function swappedDayMonth(date: string): string | null {
  if (date.length < 10) return null;
  const month = date.slice(5, 7);
  const day = date.slice(8, 10);
  if (day === month || Number(day) > 12) return null;
  return `${date.slice(0, 4)}-${day}-${month}`;
}

/**
 * Birth dates: years five or more apart count strongly against, fewer weakly; the same year with
 * different days counts against, unless the days are one another with day and month exchanged,
 * which is how an ambiguous date written 09/07/1960 differs from its other reading: a weak match.
 */
export function birthDateFeatures(q: PreparedEntity, c: PreparedEntity) {
  if (q.birthDates.length === 0 || c.birthDates.length === 0) return null;
  const detail = { query: q.birthDates.join('; '), candidate: c.birthDates.join('; ') };
  const gap = yearGap(q.birthDates, c.birthDates);
  if (gap >= YEARS_APART) {
    return {
      kind: 'dob_years_apart' as const,
      score: 1,
      detail: `birth years ${gap} apart at the nearest`,
      ...detail,
    };
  }
  if (gap > 0) {
    return {
      kind: 'dob_year_disjoint' as const,
      score: 1,
      detail: `no birth year in common (${gap} apart)`,
      ...detail,
    };
  }
  const full = (ds: string[]) => ds.filter((d) => d.length >= 10).map((d) => d.slice(0, 10));
  const [qf, cf] = [full(q.birthDates), full(c.birthDates)];
  if (qf.length && cf.length && !qf.some((d) => cf.includes(d))) {
    const swapped = qf.find((d) => cf.includes(swappedDayMonth(d) ?? ''));
    if (swapped) {
      return {
        kind: 'dob_day_month_swapped' as const,
        score: 1,
        detail: `${swapped} matches with day and month exchanged (an ambiguous date, read either way)`,
        ...detail,
      };
    }
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
