/**
 * Name words: splitting, particles, titles and patronymics. A word written with hyphens
 * (Jong-un, al-Baghdadi) is a group of parts, which lists write joined, hyphenated or spaced.
 */

import { normalizeText } from './normalize.js';

/**
 * Particles of Arabic, Dutch, German, Romance and Gaelic names, with their canonical spelling.
 * Abd (servant of) is not one: Abd al-Rahman without it is another name.
 */
// A Map, not an object literal: tokens come from user input ('constructor').
const PARTICLE_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['al', 'al'],
  ['el', 'al'],
  ['ul', 'al'],
  ['bin', 'bin'],
  ['ben', 'bin'],
  ['ibn', 'bin'],
  ['bint', 'bint'],
  ['abu', 'abu'],
  ['abou', 'abu'],
  ['van', 'van'],
  ['von', 'von'],
  ['de', 'de'],
  ['da', 'da'],
  ['del', 'del'],
  ['della', 'della'],
  ['di', 'di'],
  ['du', 'du'],
  ['dos', 'dos'],
  ['la', 'la'],
  ['le', 'le'],
  ['der', 'der'],
  ['den', 'den'],
  ['ter', 'ter'],
  ['mac', 'mac'],
  ['mc', 'mac'],
]);

/** Particles that are also given or family names (Ben, Le, Da): not particles in first place. */
const AMBIGUOUS_PARTICLES = new Set(['ben', 'le', 'la', 'da', 'di', 'du', 'dos']);

/** Titles and honorifics, which lists add and drop freely. */
const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir dame sheikh shaikh sheik shaykh haji hajji hadji ' +
    'president prezident prasident presidente presiden predsjednik presedintele prezydent elnok'
  ).split(' '),
);

// Patronymic endings of Russian, Ukrainian and Belarusian, in Cyrillic and in the spellings they
// take in English, French, German, Polish, Czech, Hungarian, Romanian, Swedish and Catalan.
const PATRONYMIC_ENDINGS = new Set(
  [
    ...['ovich', 'ovitch', 'ovitsch', 'owitsch', 'owitsj', 'ovitsj', 'owicz', 'ovic', 'ovics'],
    ...['ovici', 'ovitj', 'ovitx', 'ovych', 'ovits', 'avich', 'avic', 'ovna', 'owna', 'ichna'],
    ...['ivna', 'avna', 'auna', 'yich', 'lich', 'mich', 'kich', 'tich'],
    ...['ович', 'евич', 'овна', 'евна', 'ична', 'івна', 'ївна', 'авіч', 'евіч', 'аўна', 'еўна'],
  ].flatMap((ending) => (ending.startsWith('o') ? [ending, `e${ending.slice(1)}`] : [ending])),
);
const ENDING_LENGTHS = [4, 5, 6, 7];

/** The canonical spelling of a particle (el, ul → al; ben, ibn → bin), or undefined. */
export function particleOf(token: string): string | undefined {
  return PARTICLE_SPELLINGS.get(token);
}

/** Whether a token can be a particle at this place in a name. */
export function isParticleAt(token: string, isFirst: boolean): boolean {
  return PARTICLE_SPELLINGS.has(token) && !(isFirst && AMBIGUOUS_PARTICLES.has(token));
}

export function isTitle(token: string): boolean {
  return TITLES.has(token);
}

/** Whether a word has a patronymic ending (its place in the name decides whether it is one). */
export function hasPatronymicEnding(token: string): boolean {
  if (token.length < 6) return false;
  return ENDING_LENGTHS.some((length) => PATRONYMIC_ENDINGS.has(token.slice(-length)));
}

const CHUNK_SEPARATORS = /[\s,;]+/u;

/**
 * The words of a name as groups of normalised parts: "Kim Jong-un" → [['kim'], ['jong', 'un']].
 * Initials stay separate parts ("V.V." → [['v', 'v']]).
 */
export function nameGroups(name: string): string[][] {
  const groups: string[][] = [];
  for (const chunk of name.normalize('NFKC').split(CHUNK_SEPARATORS)) {
    const normalized = normalizeText(chunk);
    if (normalized !== '') groups.push(normalized.split(' '));
  }
  return groups;
}

/**
 * The tokens of a name for indexing: every normalised word in order, then the joined form of
 * each hyphenated word (Jong-un → jongun) and of each particle with the word after it
 * (al-Baghdadi, Al Baghdadi → albaghdadi).
 *
 * @example nameTokens('Kim Jong-un') // ['kim', 'jong', 'un', 'jongun']
 */
export function nameTokens(name: string): string[] {
  const groups = nameGroups(name);
  const tokens = groups.flat();
  const joined: string[] = [];
  for (const parts of groups) {
    if (parts.length > 1 && parts.every((part) => part.length > 1)) joined.push(parts.join(''));
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    const particle = particleOf(tokens[i]!);
    if (particle !== undefined && isParticleAt(tokens[i]!, i === 0)) {
      joined.push(particle + tokens[i + 1]!);
    }
  }
  return [...new Set([...tokens, ...joined])];
}
