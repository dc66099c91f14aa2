/**
 * yente's algorithm names, each mapped to the nearest algorithm Dossier has, so that a yente
 * client's `algorithm=` works unchanged and the answer says what ran. The names, features and
 * options are those yente offers (opensanctions/yente, yente/routers/util.py `ENABLED_ALGORITHMS`,
 * `best` = logic-v2 in yente/settings.py) as nomenklatura defines them
 * (opensanctions/nomenklatura, nomenklatura/matching/{logic_v1,logic_v2,name_based,regression_v1}/
 * model.py), read in August 2026. They are kept so that a weight or option meant for the algorithm
 * a client asked for can be told from a misspelling: the first is accepted and reported as
 * ignored when Dossier's algorithm has no such feature, the second refused.
 */
import { MatchInputError } from './query.js';
import type { AlgorithmInfo, WeightOverrides } from './types.js';

interface YenteAlgorithm {
  /** Dossier's algorithm that runs in its place. */
  runs: string;
  /** Its feature names, for `weights`. */
  features: readonly string[];
  /** Its option names, for `config`. */
  config: readonly string[];
}

/** nomenklatura's identifier features of the logic algorithms: Dossier's `identifier_match` covers them. */
const CODE_FEATURES = [
  'address_entity_match',
  'crypto_wallet_address',
  'isin_security_match',
  'lei_code_match',
  'ogrn_code_match',
  'vessel_imo_mmsi_match',
  'inn_code_match',
  'bic_code_match',
];
const QUALIFIERS = ['country_mismatch', 'dob_year_disjoint', 'dob_day_disjoint', 'gender_mismatch'];

const LOGIC_V2: YenteAlgorithm = {
  runs: 'dossier-v1',
  features: [
    'name_match',
    ...CODE_FEATURES,
    'uei_code_match',
    'npi_code_match',
    'identifier_match',
    'weak_alias_match',
    'address_prop_match',
    ...QUALIFIERS,
  ],
  config: [
    'nm_name_property',
    'nm_number_mismatch',
    'nm_extra_query_name',
    'nm_extra_result_name',
    'nm_family_name_weight',
    'nm_fuzzy_cutoff_factor',
  ],
};

const OFAC: YenteAlgorithm = {
  runs: 'ofac',
  features: ['ofac_name_score', ...QUALIFIERS, 'orgid_disjoint'],
  config: [],
};

/** By the lower-case name yente reads (it lower-cases and trims what the client sends). */
const YENTE: Record<string, YenteAlgorithm> = {
  // yente's `best`, and its default: Dossier's default has the same design (names and
  // identifiers set the score, qualifiers lower it).
  best: LOGIC_V2,
  default: LOGIC_V2,
  'logic-v2': LOGIC_V2,
  'logic-v1': {
    runs: 'dossier-v1',
    features: [
      'name_literal_match',
      'person_name_jaro_winkler',
      'person_name_phonetic_match',
      'name_fingerprint_levenshtein',
      'name_metaphone_match',
      'name_soundex_match',
      ...CODE_FEATURES,
      'identifier_match',
      'weak_alias_match',
      ...QUALIFIERS,
      'last_name_mismatch',
      'orgid_disjoint',
      'numbers_mismatch',
    ],
    config: [],
  },
  // A regression over name, date, identifier and country features: the nearest is dossier-v1.
  'regression-v1': {
    runs: 'dossier-v1',
    features: [
      'name_match',
      'name_token_overlap',
      'name_numbers',
      'name_levenshtein',
      'phone_match',
      'email_match',
      'identifier_match',
      'dob_matches',
      'dob_year_matches',
      'dob_year_disjoint',
      'first_name_match',
      'family_name_match',
      'birth_place',
      'gender_mismatch',
      'country_mismatch',
      'org_identifier_match',
      'address_match',
      'address_numbers',
    ],
    config: [],
  },
  // Jaro-Winkler and Soundex over name parts, with (qualified) or without qualifiers: dossier-v1
  // compares names more closely; its qualifiers only act on details the query gives.
  'name-based': {
    runs: 'dossier-v1',
    features: ['jaro_name_parts', 'soundex_name_parts'],
    config: [],
  },
  'name-qualified': {
    runs: 'dossier-v1',
    features: ['jaro_name_parts', 'soundex_name_parts', ...QUALIFIERS, 'orgid_disjoint'],
    config: [],
  },
  // OFAC's tool's method; `ofac-249` is the name older releases gave it.
  ofac: OFAC,
  'ofac-249': OFAC,
};

/** yente's algorithm names, as `GET /algorithms` and the docs list them. */
export const YENTE_ALGORITHM_NAMES: readonly string[] = Object.keys(YENTE).filter(
  (name) => name !== 'best' && name !== 'default',
);

export interface AlgorithmChoice {
  /** The name as the client gave it. */
  requested: string;
  /** Dossier's algorithm that runs. */
  name: string;
  /** The yente algorithm the name stands for, if it is one of yente's. */
  yente: YenteAlgorithm | null;
}

/**
 * Dossier's algorithm for a name: its own (`dossier-v1`, `ofac`), `best`/`default`, or one of
 * yente's, read as yente reads them (trimmed, any case). MatchInputError for any other.
 */
export function chooseAlgorithm(requested: string, own: readonly string[]): AlgorithmChoice {
  const name = requested.trim().toLowerCase();
  const yente = Object.hasOwn(YENTE, name) ? YENTE[name]! : null;
  if (own.includes(name)) return { requested, name, yente };
  if (yente) return { requested, name: yente.runs, yente };
  const known = ['best', ...own, ...YENTE_ALGORITHM_NAMES.filter((n) => !own.includes(n))];
  throw new MatchInputError(`unknown algorithm "${requested}"; known: ${known.join(', ')}`);
}

/** What a request's weights and options come to: those applied, and those ignored (with why). */
export interface Tuning {
  weights: WeightOverrides | undefined;
  ignored: Record<string, string>;
}

/**
 * Split a request's `weights` and `config` for the algorithm that runs. A weight for one of its
 * features applies; one for a feature only the requested yente algorithm has, or one of that
 * algorithm's options, is ignored and reported (Dossier cannot compute it, and the answer says
 * so). Anything else is refused, as yente refuses an option its algorithm lacks: a misspelt name
 * would otherwise change nothing without a word.
 */
export function tuneAlgorithm(
  choice: AlgorithmChoice,
  info: AlgorithmInfo,
  weights: WeightOverrides | undefined,
  config: readonly string[] = [],
): Tuning {
  const ignored: Record<string, string> = {};
  const applied: Record<string, number> = {};
  const foreign = choice.yente?.features ?? [];
  for (const [feature, value] of Object.entries(weights ?? {})) {
    if (Object.hasOwn(info.features, feature)) applied[feature] = value;
    else if (foreign.includes(feature)) {
      ignored[`weights.${feature}`] = `a feature of ${choice.requested}; ${info.name} has none`;
    } else {
      const known = Object.keys(info.features).join(', ');
      throw new MatchInputError(
        `weights: ${info.name} has no feature "${feature}"; known: ${known}`,
      );
    }
  }
  for (const option of config) {
    if (!choice.yente?.config.includes(option)) {
      throw new MatchInputError(
        `"config" option "${option}" is not an option of ${choice.requested}, nor of ${info.name}, which has none`,
      );
    }
    ignored[`config.${option}`] = `an option of ${choice.requested}; ${info.name} has none`;
  }
  return { weights: weights === undefined ? undefined : applied, ignored };
}
