/**
 * The whole normalisation pipeline for one name: transliteration, then tokens, order-independent
 * forms, phonetic keys and consonant skeletons over every spelling. This is what an index stores
 * per name and what a query computes once.
 */

import { abjadSkeletons, latinSkeletons } from './consonant-skeletons.js';
import { normalizeText } from './normalize.js';
import { personFormSets } from './person-forms.js';
import { metaphone, soundex } from './phonetic.js';
import { detectScripts, type Script } from './scripts.js';
import { nameTokens } from './tokens.js';
import { transliterate } from './transliterate.js';

export interface NameKeys {
  /** Scripts of the original name, in order of appearance. */
  readonly scripts: readonly Script[];
  /** The Latin spellings, normalised (lower case, no diacritics or punctuation). */
  readonly latin: readonly string[];
  /** Tokens of the original and of every spelling, with joined forms (jongun, albaghdadi). */
  readonly tokens: readonly string[];
  /** Order-independent person-name forms (sorted tokens); empty if `person` is false. */
  readonly forms: readonly string[];
  /** Forms with the given names as initials ("putin v"): weaker keys, kept apart. */
  readonly initialForms: readonly string[];
  /** Simplified-Metaphone keys of the Latin tokens. */
  readonly phonetic: readonly string[];
  /** Soundex codes of the Latin tokens. */
  readonly soundex: readonly string[];
  /** Consonant skeletons, words separated by spaces. */
  readonly skeletons: readonly string[];
}

export interface AnalyzeOptions {
  /** Parse as a person's name and produce `forms` (default true). */
  readonly person?: boolean;
}

const EAST_ASIAN: ReadonlySet<Script> = new Set(['Han', 'Hangul']);
const MIN_PHONETIC_LENGTH = 2;

function isLatinToken(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code > 0x7a || code < 0x30) return false;
  }
  return true;
}

/**
 * Every matching key of a name. Work is shared: each spelling is transliterated once and every
 * key is computed from the same spellings.
 *
 * @example
 * const keys = analyzeName('Путин, Владимир Владимирович');
 * keys.latin; // ['putin vladimir vladimirovich', 'putin vladimir vladimirovic']
 * keys.forms; // includes 'putin vladimir' and 'владимир путин'
 * keys.initialForms; // includes 'putin v', 'putin v v'
 * keys.phonetic; // ['PTN', 'FLTMR', ...]
 */
export function analyzeName(name: string, options: AnalyzeOptions = {}): NameKeys {
  const scripts = detectScripts(name);
  const variants = transliterate(name);
  const familyFirst = scripts.some((script) => EAST_ASIAN.has(script));
  const spellings = variants.includes(name) ? variants : [name, ...variants];
  const tokens = new Set<string>();
  const forms = new Set<string>();
  const initialForms = new Set<string>();
  for (const spelling of spellings) {
    if (options.person === false) {
      for (const token of nameTokens(spelling)) tokens.add(token);
      continue;
    }
    const sets = personFormSets(spelling, { familyFirst });
    for (const token of sets.tokens) tokens.add(token);
    for (const form of sets.full) forms.add(form);
    for (const form of sets.initials) initialForms.add(form);
  }
  // Initials have no sound to key on.
  const latinTokens = [...tokens].filter((t) => t.length >= MIN_PHONETIC_LENGTH && isLatinToken(t));
  const phonetic = latinTokens.map(metaphone);
  const latin = variants.map(normalizeText);
  return {
    scripts,
    latin: [...new Set(latin)].filter(Boolean),
    tokens: [...tokens],
    forms: [...forms],
    initialForms: [...initialForms].filter((form) => !forms.has(form)),
    phonetic: [...new Set(phonetic.filter(Boolean))],
    soundex: [...new Set(latinTokens.map(soundex).filter(Boolean))],
    skeletons: abjadSkeletons(name) ?? latinSkeletons(latin),
  };
}
