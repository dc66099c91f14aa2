/**
 * The shorter names an organisation goes by, read from its full name: the distinctive name
 * alone, and the acronym of its descriptive words followed by that name.
 *
 * A Russian legal name is built as legal form, descriptive words ending in a kind of
 * organisation, then the distinctive name in quotes: АО «Ижевский электромеханический завод
 * «Купол»», АО «Концерн ВКО «Алмаз-Антей»». Reporters and lists write the same party as
 * "Kupol", "IEMZ Kupol", "ИЭМЗ «Купол»" or "Almaz-Antey"; the English lists translate the words
 * and drop the quotes ("JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY"). Given the
 * tokens of a name with its legal forms set aside and its generic words canonical, the name is
 * cut after the last kind-of-organisation word (and the generic words right after it, as in
 * "Концерн ВКО"); what follows is the distinctive name if it has a word of its own.
 *
 * @example
 * reducedOrgNames(['izhevsk', 'electromechanical', 'plant', 'kupol'], [false, true, true, false],
 *   ['izhevsk', 'electromechanical', 'plant', 'kupol'])
 * // [{ tokens: ['kupol'], … }, { tokens: ['iemz', 'kupol'], … }, { tokens: ['iep', 'kupol'], … }]
 */
import { ORGANISATION_KINDS, RUSSIAN_ACRONYM_LETTERS } from './acronym-data.js';

export interface ReducedName {
  tokens: string[];
  generic: boolean[];
  written: string[];
}

const WORD = /\p{L}{3}/u;
/** Acronyms shorter than this say too little; longer ones are not acronyms people use. */
const MIN_ACRONYM = 2;
const MAX_ACRONYM = 8;

/**
 * Words a description carries and an acronym skips: the English prepositions and conjunctions a translation adds (Central
 * Design Bureau *for* Marine Engineering), which the Russian genitive does without.
 */
const SKIPPED = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

/** Where the distinctive name starts, or -1 if the name has none after a kind word. */
function distinctiveStart(tokens: readonly string[], generic: readonly boolean[]): number {
  let kind = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (generic[k] && ORGANISATION_KINDS.has(tokens[k]!)) kind = k;
  }
  if (kind < 0) return -1;
  let start = kind + 1;
  while (start < tokens.length && (generic[start] || SKIPPED.has(tokens[start]!))) start++;
  for (let k = start; k < tokens.length; k++) {
    if (!generic[k] && WORD.test(tokens[k]!)) return start;
  }
  return -1;
}

/** The acronyms of the descriptive words: Russian letters per concept, and English initials. */
function acronyms(
  tokens: readonly string[],
  generic: readonly boolean[],
  written: readonly string[],
): string[] {
  let russian = '';
  let english = '';
  for (let k = 0; k < tokens.length; k++) {
    if (SKIPPED.has(tokens[k]!)) continue;
    const text = written[k] ?? tokens[k]!;
    const letters = generic[k] ? RUSSIAN_ACRONYM_LETTERS[tokens[k]!] : undefined;
    russian += letters ?? text[0] ?? '';
    for (const word of text.split(' ')) english += word[0] ?? '';
  }
  return [...new Set([russian, english])].filter(
    (a) => a.length >= MIN_ACRONYM && a.length <= MAX_ACRONYM && /^\p{L}+$/u.test(a),
  );
}

/**
 * The distinctive name of an organisation and its acronym forms, or [] when the name has no
 * kind-of-organisation word followed by a name of its own (see above).
 */
export function reducedOrgNames(
  tokens: readonly string[],
  generic: readonly boolean[],
  written: readonly string[],
): ReducedName[] {
  const start = distinctiveStart(tokens, generic);
  if (start <= 0) return [];
  const rest: ReducedName = {
    tokens: tokens.slice(start),
    generic: generic.slice(start),
    written: written.slice(start),
  };
  const out = [rest];
  for (const acronym of acronyms(tokens.slice(0, start), generic, written)) {
    out.push({
      tokens: [acronym, ...rest.tokens],
      generic: [false, ...rest.generic],
      written: [acronym, ...rest.written],
    });
  }
  return out;
}
