/**
 * Generic words of organisation names mapped to canonical tokens, so that "Izhevsk
 * Electromechanical Plant" and "Izhevskiy Elektromekhanicheskiy Zavod" compare word for word.
 * Phrases ("design bureau", "торговый дом", 进出口) match longest first through a token trie.
 */
import { foldOrgText } from './fold.js';
import { GENERIC_ORGANISATION } from './generic-data-1.js';
import { GENERIC_SECTORS } from './generic-data-2.js';
import { GENERIC_PROGRAMME } from './generic-data-3.js';
import { expandCell, parseRows } from './table.js';
import { joinTokens, tokenise } from './tokenise.js';
import { PhraseTrie } from './trie.js';

/** One token of a name after canonicalisation. */
export interface CanonicalToken {
  /** The canonical token for a generic word or phrase, else the folded word itself. */
  token: string;
  /** Whether the token stands for a generic word (weak evidence when names are compared). */
  generic: boolean;
  /** The folded text it replaced (several words for a phrase). */
  text: string;
  cjk: boolean;
}

interface Compiled {
  trie: PhraseTrie<string>;
  concepts: number;
  conflicts: string[];
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const trie = new PhraseTrie<string>();
  const conflicts: string[] = [];
  const rows = [GENERIC_ORGANISATION, GENERIC_SECTORS, GENERIC_PROGRAMME].flatMap(parseRows);
  for (const [canonical, ...cells] of rows) {
    if (canonical === undefined) continue;
    for (const spelling of [canonical.replace(/_/g, ' '), ...cells.flatMap(expandCell)]) {
      const key = tokenise(foldOrgText(spelling)).map((t) => t.text);
      if (key.length === 0) continue;
      const previous = trie.get(key);
      if (previous !== undefined && previous !== canonical) {
        conflicts.push(`${key.join(' ')}: ${previous} / ${canonical}`);
      } else {
        trie.set(key, canonical);
      }
    }
  }
  return { trie, concepts: rows.length, conflicts };
}

function getCompiled(): Compiled {
  compiled ??= compile();
  return compiled;
}

/** The number of concepts, and spellings two concepts claim (the first wins). */
export function genericWordStats(): { concepts: number; conflicts: readonly string[] } {
  const { concepts, conflicts } = getCompiled();
  return { concepts, conflicts };
}

/**
 * The canonical token of one word or phrase ("завод" → "plant", "工厂" → "plant", "design
 * bureau" → "design_bureau"), or null when it is not, as a whole, a generic word.
 */
export function canonicalGenericToken(token: string): string | null {
  const key = tokenise(foldOrgText(token)).map((t) => t.text);
  if (key.length === 0) return null;
  return getCompiled().trie.get(key) ?? null;
}

/** A name's tokens with generic words and phrases replaced by their canonical tokens. */
export function canonicalGenericTokens(name: string): CanonicalToken[] {
  const tokens = tokenise(foldOrgText(name));
  const words = tokens.map((t) => t.text);
  const { trie } = getCompiled();
  const out: CanonicalToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = trie.longestAt(words, i);
    if (found) {
      const text = joinTokens(tokens.slice(i, found.end));
      out.push({ token: found.value, generic: true, text, cjk: false });
      i = found.end;
    } else {
      const token = tokens[i]!;
      out.push({ token: token.text, generic: false, text: token.text, cjk: token.cjk });
      i++;
    }
  }
  return out;
}

/** A name with generic words canonicalised, as one string ("izhevsk electromechanical plant"). */
export function canonicalGenericName(name: string): string {
  return joinTokens(
    canonicalGenericTokens(name).map((t) => ({ text: t.token, cjk: t.cjk, hardBefore: false })),
  );
}
