/**
 * The default text tools of the matcher: transliteration, normalisation, scripts and consonant
 * skeletons from core/names, legal forms and generic words from core/orgs, metaphone keys for
 * the index. The Korean and Japanese readings of Han names need dictionaries, which the caller
 * loads and passes in (see src/app/matcher-tools.ts); without them Han is read as Mandarin.
 */
import {
  consonantSkeletons,
  detectScripts,
  type HanDictionary,
  hanNameReadings,
  latinSkeleton,
  metaphone,
  normalizeText,
  transliterate,
} from '../names/index.js';
import {
  canonicalGenericTokens,
  extractLegalForms,
  hanOrgReadings,
  reducedOrgNames,
} from '../orgs/index.js';
import { repairLegalForm } from './legal-form-repair.js';
import type { MatcherTools } from './matcher.js';

// "3%ers": the percent sign is a word that normalisation would otherwise drop.
const PERCENT = /%/g;

/** At most this many spellings of a Han name read as Mandarin, Korean and Japanese together. */
const MAX_HAN_VARIANTS = 12;
/** At most this many spellings per Korean or Japanese reading. */
const MAX_PER_READING = 4;

/** Latin spellings of a name; a Han name also through its Korean and Japanese readings. */
function latinVariantsWith(han: HanDictionary | undefined) {
  return (name: string): string[] => {
    const text = name.replace(PERCENT, ' percent ');
    const spellings = transliterate(text);
    const readings = han ? hanNameReadings(text, han) : [];
    for (const reading of readings) {
      spellings.push(...transliterate(reading).slice(0, MAX_PER_READING));
    }
    const out = new Set<string>();
    for (const spelling of spellings) {
      const normal = normalizeText(spelling);
      if (normal) out.add(normal);
      if (out.size >= MAX_HAN_VARIANTS) break;
    }
    return [...out];
  };
}

function stripLegalForms(name: string): string {
  return extractLegalForms(repairLegalForm(name.replace(PERCENT, ' percent '))).name;
}

function orgTokens(tokens: string[]) {
  const canonical = canonicalGenericTokens(tokens.join(' '));
  return {
    tokens: canonical.map((t) => t.token),
    generic: canonical.map((t) => t.generic),
    written: canonical.map((t) => t.text),
  };
}

/** The scripts of a name without Latin letters, as one label ("Han", "Han+Katakana"). */
function nativeScript(name: string): string | null {
  const scripts = detectScripts(name);
  if (scripts.length === 0 || scripts.includes('Latin')) return null;
  return scripts.sort().join('+');
}

// Scripts written without spaces between the parts of a name: each character is compared.
const CHARACTER_SCRIPTS = /[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]/u;

function nativeTokens(name: string): string[] {
  const text = normalizeText(name);
  if (!CHARACTER_SCRIPTS.test(text)) return text.split(' ').filter((t) => t.length > 0);
  return [...text].filter((char) => char !== ' ');
}

const ABJAD = new Set(['Arabic', 'Hebrew']);

function abjadSkeletons(name: string): string[] | null {
  const script = nativeScript(name);
  return script !== null && ABJAD.has(script) ? consonantSkeletons(name) : null;
}

export interface ToolOptions {
  /** Dictionaries for the Korean and Japanese readings of names in Chinese characters. */
  han?: HanDictionary;
}

export function defaultTools(options: ToolOptions = {}): MatcherTools {
  return {
    names: {
      latinVariants: latinVariantsWith(options.han),
      stripLegalForms,
      orgTokens,
      orgLatinVariants: (name) => hanOrgReadings(name).map(normalizeText),
      orgReductions: reducedOrgNames,
      nativeScript,
      nativeTokens,
      abjadSkeletons,
      latinSkeleton,
    },
    phonetic: metaphone,
  };
}
