/**
 * The default algorithm, dossier-v1: the strongest piece of positive evidence (a name, a weak
 * alias, an identifier) sets the score; qualifiers (disagreeing birth dates, countries, gender,
 * identifiers) then lower it. Every feature that fired is reported with its weight.
 */
import {
  birthDateFeatures,
  countryMismatch,
  type FeatureValue,
  genderMismatch,
  identifierFeatures,
  nameMatch,
  weakAliasMatch,
} from './features.js';
import type { PreparedEntity } from './prepare.js';
import type { AlgorithmInfo, Explanation, WeightOverrides } from './types.js';

export const DOSSIER_V1: AlgorithmInfo = {
  name: 'dossier-v1',
  version: '1.1.0',
  description:
    'Multilingual name alignment across transliterations, checksummed identifiers, and ' +
    'qualifiers for birth date, country and gender. Scores from 0 to 1; default threshold 0.7.',
  features: {
    name_match: { weight: 1, description: 'best token alignment of any name or alias' },
    weak_alias_match: { weight: 0.8, description: 'exact match of a weak (short) alias' },
    identifier_match: { weight: 0.98, description: 'a valid decisive identifier in common' },
    identifier_generic_match: { weight: 0.85, description: 'another identifier in common' },
    identifier_mismatch: { weight: -0.3, description: 'different values of one identifier type' },
    dob_year_disjoint: { weight: -0.15, description: 'birth years one to four apart' },
    dob_years_apart: { weight: -0.35, description: 'birth years five or more apart' },
    dob_day_month_swapped: {
      weight: -0.05,
      description: 'same birth date with day and month exchanged (an ambiguous date)',
    },
    dob_day_disjoint: { weight: -0.25, description: 'same birth year, different day' },
    country_mismatch: { weight: -0.2, description: 'no country in common' },
    gender_mismatch: { weight: -0.2, description: 'different gender' },
  },
};

const NO_OVERRIDES: WeightOverrides = {};

export interface Scored {
  score: number;
  /** Read only for the results shown: an algorithm may put them together when first read. */
  readonly explanations: Record<string, Explanation>;
}

/** A feature that fired: its name, its value and the weight it was given. */
type Fired = readonly [name: string, value: FeatureValue, weight: number];

/**
 * A dossier-v1 score with the features that fired. Their explanations are put together only
 * when read: a query scores some fifteen candidates and shows five.
 */
class FiredFeatures implements Scored {
  private built: Record<string, Explanation> | undefined;

  constructor(
    readonly score: number,
    private readonly fired: readonly Fired[],
  ) {}

  get explanations(): Record<string, Explanation> {
    this.built ??= Object.fromEntries(this.fired.map(([n, value, w]) => [n, explain(value, w)]));
    return this.built;
  }
}

/** An explanation whose detail is written when first read (see `compareNames`). */
function explain(value: FeatureValue, weight: number): Explanation {
  return {
    score: value.score,
    get detail() {
      return value.detail;
    },
    query: value.query,
    candidate: value.candidate,
    weight,
  };
}

/** Note a feature that fired, with the request's weight or the algorithm's; its weighted score. */
function fire(fired: Fired[], name: string, value: FeatureValue, weights: WeightOverrides): number {
  const weight = weights[name] ?? DOSSIER_V1.features[name]!.weight;
  fired.push([name, value, weight]);
  return value.score * weight;
}

export function scoreDossierV1(
  q: PreparedEntity,
  c: PreparedEntity,
  weights: WeightOverrides = NO_OVERRIDES,
): Scored {
  const fired: Fired[] = [];
  // The strongest piece of positive evidence sets the score.
  let main = 0;
  const name = nameMatch(q, c);
  if (name) main = Math.max(main, fire(fired, 'name_match', name, weights));
  const weak = weakAliasMatch(q, c);
  if (weak) main = Math.max(main, fire(fired, 'weak_alias_match', weak, weights));
  const ids = identifierFeatures(q, c);
  if (ids.match) {
    const feature = ids.match.strong ? 'identifier_match' : 'identifier_generic_match';
    main = Math.max(main, fire(fired, feature, ids.match, weights));
  }
  if (main === 0) return new FiredFeatures(0, fired);

  // Qualifiers then move it, unless a decisive identifier matched: lists disagree on details.
  let score = main;
  if (!ids.match?.strong) {
    if (ids.mismatch?.strong) score += fire(fired, 'identifier_mismatch', ids.mismatch, weights);
    const dob = birthDateFeatures(q, c);
    if (dob && dob.kind !== 'dob_match') score += fire(fired, dob.kind, dob, weights);
    const country = countryMismatch(q, c);
    if (country) score += fire(fired, 'country_mismatch', country, weights);
    const gender = genderMismatch(q, c);
    if (gender) score += fire(fired, 'gender_mismatch', gender, weights);
  }
  return new FiredFeatures(Math.min(1, Math.max(0, score)), fired);
}
