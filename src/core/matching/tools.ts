/**
 * The default text tools of the matcher: transliteration, normalisation, scripts and consonant
 * skeletons from core/names, legal forms and generic words from core/orgs, metaphone keys for
 * the index.
 */
import {
  consonantSkeletons,
  detectScripts,
  latinSkeleton,
  metaphone,
  normalizeText,
  transliterate,
} from '../names/index.js';
import { canonicalGenericTokens, extractLegalForms } from '../orgs/index.js';
import { repairLegalForm } from './legal-form-repair.js';
import type { MatcherTools } from './matcher.js';

// "3%ers": the percent sign is a word that normalisation would otherwise drop.
const PERCENT = /%/g;

function latinVariants(name: string): string[] {
  const out = new Set<string>();
  for (const variant of transliterate(name.replace(PERCENT, ' percent '))) {
    const text = normalizeText(variant);
    if (text) out.add(text);
  }
  return [...out];
}

function stripLegalForms(name: string): string {
  return extractLegalForms(repairLegalForm(name.replace(PERCENT, ' percent '))).name;
}

function orgTokens(tokens: string[]) {
  const canonical = canonicalGenericTokens(tokens.join(' '));
  return { tokens: canonical.map((t) => t.token), generic: canonical.map((t) => t.generic) };
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

export function defaultTools(): MatcherTools {
  return {
    names: {
      latinVariants,
      stripLegalForms,
      orgTokens,
      nativeScript,
      nativeTokens,
      abjadSkeletons,
      latinSkeleton,
    },
    phonetic: metaphone,
  };
}
