/**
 * Legal-form extraction. All tables compile once, on first use, into a token trie; a name is
 * then scanned left to right taking the longest form at each position. Short forms (one token,
 * or only one- and two-letter tokens: "AS", "S.A.", "ООО") count only at an edge of the name or
 * next to another form there, because in the middle they are usually part of the name.
 */
import type { LegalFormClass } from './classes.js';
import type { LegalFormEntry } from './entries.js';
import { foldOrgText } from './fold.js';
import { LEGAL_FORMS } from './forms.js';
import { joinTokens, type Token, tokenise } from './tokenise.js';
import { PhraseTrie } from './trie.js';

/**
 * Where a form may stand: anywhere; at either edge; only at the end ("$" in the tables); or only
 * alone between brackets (aliases written "(株)", "(주)": the character alone is a common word).
 */
type Placement = 'anywhere' | 'edge' | 'end' | 'isolated';
const STRICTNESS: Record<Placement, number> = { anywhere: 0, edge: 1, end: 2, isolated: 3 };

interface FormHit {
  entry: LegalFormEntry;
  placement: Placement;
}

/** A legal form found in a name. */
export interface LegalForm {
  /** The form as it appears in the folded name. */
  text: string;
  class: LegalFormClass;
  /** The table entry's display form (ООО, GmbH, 有限公司). */
  display: string;
  lang: string;
}

/** A name split into its legal forms and the rest. */
export interface LegalFormExtraction {
  /** The folded name without its legal forms, words separated by single spaces. */
  name: string;
  forms: LegalForm[];
}

/** Token sequences an alias matches: as written, without dots (S.A. → SA), without / - too. */
function aliasVariants(alias: string): Token[][] {
  const variants = new Map<string, Token[]>();
  for (const text of [alias, alias.replace(/\./g, ''), alias.replace(/[./-]/g, '')]) {
    const tokens = tokenise(foldOrgText(text));
    if (tokens.length > 0) variants.set(tokens.map((t) => t.text).join(' '), tokens);
  }
  return [...variants.values()];
}

function placementOf(alias: string, tokens: readonly Token[]): Placement {
  if (/^\(.*\)$/.test(alias)) return 'isolated';
  if (alias.endsWith('$')) return 'end';
  if (tokens.some((t) => t.cjk)) return tokens.length === 1 ? 'isolated' : 'anywhere';
  // Three or more dotted letters (d.o.o., s.r.o., S.A.L.) are distinctive wherever they stand;
  // one word, or two short ones (AS, S.A.), is usually part of the name unless at an edge.
  const short =
    tokens.length === 1 || (tokens.length === 2 && tokens.every((t) => t.text.length <= 2));
  return short ? 'edge' : 'anywhere';
}

interface Compiled {
  trie: PhraseTrie<FormHit>;
  /** Spellings that two entries of different classes claim (the first entry wins). */
  conflicts: string[];
  spellings: number;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const trie = new PhraseTrie<FormHit>();
  const conflicts: string[] = [];
  let spellings = 0;
  for (const entry of LEGAL_FORMS) {
    for (const alias of entry.aliases) {
      const text = alias.replace(/\$$/, '');
      for (const tokens of aliasVariants(text)) {
        const key = tokens.map((t) => t.text);
        const placement = placementOf(alias, tokens);
        const previous = trie.get(key);
        if (previous === undefined) {
          spellings++;
          trie.set(key, { entry, placement });
        } else if (previous.entry.class !== entry.class) {
          conflicts.push(`${key.join(' ')}: ${previous.entry.display} / ${entry.display}`);
        } else if (STRICTNESS[placement] > STRICTNESS[previous.placement]) {
          trie.set(key, { entry: previous.entry, placement });
        }
      }
    }
  }
  return { trie, conflicts, spellings };
}

function getCompiled(): Compiled {
  compiled ??= compile();
  return compiled;
}

/** Distinct token sequences in the compiled trie, and the class conflicts found compiling it. */
export function legalFormStats(): { spellings: number; conflicts: readonly string[] } {
  const { spellings, conflicts } = getCompiled();
  return { spellings, conflicts };
}

interface Match {
  start: number;
  end: number;
  hit: FormHit;
}

/** Leftmost-longest scan. */
function scan(words: readonly string[], trie: PhraseTrie<FormHit>): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i < words.length; ) {
    const found = trie.longestAt(words, i);
    if (found) {
      matches.push({ start: i, end: found.end, hit: found.value });
      i = found.end;
    } else {
      i++;
    }
  }
  return matches;
}

/** Classes whose forms are also ordinary words of names (Group, Company, Branch). */
const NAME_LIKE: ReadonlySet<LegalFormClass> = new Set(['group', 'corporation', 'branch']);

/** A name edge or a hard boundary (comma, bracket, quote) lies before token `i`. */
function isBoundary(tokens: readonly Token[], i: number): boolean {
  return i === 0 || i === tokens.length || tokens[i]!.hardBefore;
}

/**
 * Keep the matches whose placement allows them where they stand. Edges chain: in
 * "Shipping Co., Ltd." the "Ltd" at the end makes "Co" an edge too.
 */
function acceptPlaced(matches: readonly Match[], tokens: readonly Token[]): Set<Match> {
  const accepted = new Set(matches.filter((m) => m.hit.placement === 'anywhere'));
  const isolatedOk = (m: Match) => isBoundary(tokens, m.start) && isBoundary(tokens, m.end);
  let edges = new Set([0]);
  for (const m of matches) {
    if (!edges.has(m.start) && !isBoundary(tokens, m.start)) continue;
    const placement = m.hit.placement;
    if (placement === 'end' || (placement === 'isolated' && !isolatedOk(m))) continue;
    accepted.add(m);
    edges.add(m.end);
  }
  edges = new Set([tokens.length]);
  for (const m of [...matches].reverse()) {
    if (!edges.has(m.end) && !isBoundary(tokens, m.end)) continue;
    if (m.hit.placement === 'isolated' && !isolatedOk(m)) continue;
    accepted.add(m);
    edges.add(m.start);
  }
  return accepted;
}

/** Tokens outside the accepted matches, without a dangling "&" left at either end. */
function remainder(tokens: readonly Token[], accepted: ReadonlySet<Match>): Token[] {
  const covered = new Set<number>();
  for (const m of accepted) for (let i = m.start; i < m.end; i++) covered.add(i);
  const rest = tokens.filter((_, i) => !covered.has(i));
  while (rest[0]?.text === '&') rest.shift();
  while (rest[rest.length - 1]?.text === '&') rest.pop();
  return rest;
}

function toLegalForm(m: Match, tokens: readonly Token[]): LegalForm {
  const { entry } = m.hit;
  const text = joinTokens(tokens.slice(m.start, m.end));
  return { text, class: entry.class, display: entry.display, lang: entry.lang };
}

/**
 * Split an organisation name into its legal forms and the rest. The name is folded first (lower
 * case, no decorative diacritics), so folded and raw input give the same result. A name made only
 * of legal forms is returned whole, with no forms: there is nothing else to compare.
 */
export function extractLegalForms(name: string): LegalFormExtraction {
  const tokens = tokenise(foldOrgText(name));
  const matches = scan(
    tokens.map((t) => t.text),
    getCompiled().trie,
  );
  const accepted = acceptPlaced(matches, tokens);
  let rest = remainder(tokens, accepted);
  // Nothing left: some forms are the name ("Group LLC", "LLC 'AB'"). Generic words go back
  // first, then forms from the right.
  const generic = (m: Match) => NAME_LIKE.has(m.hit.entry.class);
  const fromRight = [...matches].reverse();
  const giveBack = [...fromRight.filter(generic), ...fromRight.filter((m) => !generic(m))];
  for (const m of giveBack) {
    if (rest.length > 0) break;
    accepted.delete(m);
    rest = remainder(tokens, accepted);
  }
  const forms = matches.filter((m) => accepted.has(m)).map((m) => toLegalForm(m, tokens));
  return { name: joinTokens(rest), forms };
}

/** The folded, tokenised name as the extractor sees it (words separated by single spaces). */
export function normaliseOrgName(name: string): string {
  return joinTokens(tokenise(foldOrgText(name)));
}
