/**
 * The default text tools of the matcher: transliteration and normalisation from core/names,
 * legal forms and generic words from core/orgs, metaphone keys for the index.
 */
import { metaphone, normalizeText, transliterate } from '../names/index.js';
import { canonicalGenericTokens, extractLegalForms } from '../orgs/index.js';
import type { MatcherTools } from './matcher.js';

function latinVariants(name: string): string[] {
  const out = new Set<string>();
  for (const variant of transliterate(name)) {
    const text = normalizeText(variant);
    if (text) out.add(text);
  }
  return [...out];
}

function stripLegalForms(name: string): string {
  return extractLegalForms(name).name;
}

function orgTokens(tokens: string[]) {
  const canonical = canonicalGenericTokens(tokens.join(' '));
  return { tokens: canonical.map((t) => t.token), generic: canonical.map((t) => t.generic) };
}

export function defaultTools(): MatcherTools {
  return {
    names: { latinVariants, stripLegalForms, orgTokens },
    phonetic: metaphone,
  };
}
