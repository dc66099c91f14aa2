/**
 * Names as the comparers see them: each name becomes one or more forms (one per transliteration
 * variant), each a list of normalised Latin tokens with their weights. Legal forms are set aside
 * and generic words made canonical, so "OOO Zavod Kupol" and "Kupol Plant LLC" compare as equals.
 */

export interface NameForm {
  /** Normalised Latin tokens, in the order written. */
  tokens: string[];
  /** How much each token says about identity: particles and generic words say little. */
  weights: number[];
  /** The tokens joined without spaces, for "Jong-un" / "Jongun" style comparisons. */
  compact: string;
  /** The name as given, for explanations. */
  original: string;
}

/** Particles and honorifics that are often dropped or joined ("al-Baghdadi", "bin Laden"). */
const PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'bin',
  'ibn',
  'bint',
  'abu',
  'abd',
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'der',
  'den',
  'ter',
  'dos',
  'das',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sheikh',
  'shaykh',
  'haji',
  'hajji',
  'mullah',
  'maulana',
  'the',
  'and',
  'of',
]);

const PATRONYMIC = /(ovich|evich|ovych|evych|ovna|evna|ivna|ich|ichna|yevich|ievich)$/;

export interface NameFormTools {
  /** Latin spellings of a name in any script, normalised: a few variants, not one. */
  latinVariants(name: string): string[];
  /** The name without its legal forms ("OOO", "GmbH"), read in the name's own script. */
  stripLegalForms?(name: string): string;
  /** Generic words made canonical ("zavod" and "plant" alike), with which tokens they are. */
  orgTokens?(tokens: string[]): { tokens: string[]; generic: boolean[] };
}

/** Fallback transliteration: Latin with diacritics removed; other scripts pass through. */
export function basicLatin(name: string): string[] {
  return [
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  ];
}

function tokenWeight(token: string, isPerson: boolean, generic: boolean): number {
  if (PARTICLES.has(token) || token.length === 1) return 0.3;
  if (generic) return 0.5;
  if (isPerson && token.length > 6 && PATRONYMIC.test(token)) return 0.6;
  if (/^\d+$/.test(token)) return 1.3;
  return 1;
}

export function makeNameForms(
  name: string,
  isPerson: boolean,
  tools: NameFormTools = { latinVariants: basicLatin },
): NameForm[] {
  const forms: NameForm[] = [];
  const seen = new Set<string>();
  const base = !isPerson && tools.stripLegalForms ? tools.stripLegalForms(name) : name;
  for (const variant of tools.latinVariants(base)) {
    let tokens = variant.split(' ').filter((t) => t.length > 0);
    let generic = tokens.map(() => false);
    if (!isPerson && tools.orgTokens) ({ tokens, generic } = tools.orgTokens(tokens));
    if (tokens.length === 0) continue;
    const key = tokens.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    forms.push({
      tokens,
      weights: tokens.map((t, i) => tokenWeight(t, isPerson, generic[i] ?? false)),
      compact: tokens.join(''),
      original: name,
    });
  }
  return forms;
}
