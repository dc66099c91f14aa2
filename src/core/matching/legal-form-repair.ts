/**
 * Legal forms as queries mistype them or lists cut them off: "Siemens Aktiengeselschaft",
 * "… Joint Stock Compan" (a fixed-width field cut short), "Limitd Liability Company",
 * "Aktsinernoe Obshchestvo". A word is completed to the legal-form word it stands for before the
 * legal forms are set aside, so that the form does not stay behind as words of the name:
 *
 * - the last word of a name, when it is one edit from a long legal-form word (eight letters or
 *   more) or the start of one;
 * - any word of five letters or more that is one edit from a legal-form word or the start of one,
 *   when the repaired word and a neighbour make a phrase of a listed legal form ("limited
 *   liability", "aktsionernoe obshchestvo") and the word as written does not: the neighbour
 *   vouches for the repair, where "Limitd" alone would not.
 */
import { LEGAL_FORMS } from '../orgs/index.js';
import { levenshtein } from './similarity.js';

/** Shorter words are too easily one edit from another word ("limted" is listed as it is). */
const MIN_LENGTH = 6;
/** A word that legal-form neighbours vouch for may be this short ("Publi" Joint Stock Company). */
const MIN_LENGTH_IN_CONTEXT = 5;
/** The last word needs this many letters before an edit is forgiven, having no neighbour after. */
const MIN_LENGTH_LAST_EDITED = 8;

interface Words {
  /** Every word of every legal form, short ones too ("s", "ooo", "joint"). */
  any: Set<string>;
  /** Adjacent word pairs of the legal forms, "limited liability" as "limited liability". */
  pairs: Set<string>;
  /** The words of six letters or more. */
  long: string[];
  /**
   * Positions in `long` by every string a near word may be: the word itself, the word less one
   * letter (one edit apart, two words share one of these), and its last one or two letters cut
   * off (a truncation). A word looks up a handful of strings instead of testing every form.
   */
  near: Map<string, number[]>;
}

/** The word less one letter, at every position. */
function deletions(word: string): string[] {
  return Array.from(word, (_, k) => word.slice(0, k) + word.slice(k + 1));
}

let words: Words | null = null;

function legalFormWords(): Words {
  if (words === null) {
    const any = new Set<string>();
    const pairs = new Set<string>();
    for (const entry of LEGAL_FORMS) {
      for (const alias of entry.aliases) {
        const split = alias
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((w) => w.length > 0);
        split.forEach((word, i) => {
          any.add(word);
          if (i > 0) pairs.add(`${split[i - 1]} ${word}`);
        });
      }
    }
    const long = [...any].filter((w) => w.length >= MIN_LENGTH);
    const near = new Map<string, number[]>();
    long.forEach((word, position) => {
      const cuts = [word.slice(0, -1), word.slice(0, -2)];
      for (const key of new Set([word, ...cuts, ...deletions(word)])) {
        const positions = near.get(key) ?? [];
        positions.push(position);
        near.set(key, positions);
      }
    });
    words = { any, pairs, long, near };
  }
  return words;
}

/**
 * The legal-form words `word` may stand for: truncations of one, or (from `editFrom` letters) one
 * edit from one. Empty if it is a legal-form word already and `known` is false.
 */
function completions(word: string, editFrom: number, known: boolean): string[] {
  const { any, long, near } = legalFormWords();
  if (!known && any.has(word)) return [];
  // A word one edit from a form shares a deletion with it; a truncation is a form's cut. The
  // positions keep the forms in their listed order, which decides between completions.
  const positions = new Set<number>();
  for (const key of [word, ...deletions(word)]) {
    for (const position of near.get(key) ?? []) positions.add(position);
  }
  const out: string[] = [];
  for (const position of [...positions].sort((a, b) => a - b)) {
    const form = long[position]!;
    if (form === word || Math.abs(form.length - word.length) > 2) continue;
    if (form.length > word.length && form.startsWith(word)) out.push(form);
    else if (word.length >= editFrom && levenshtein(form, word, 1) <= 1) out.push(form);
  }
  return out;
}

/** Whether `word` between `before` and `after` makes a phrase of a listed legal form. */
function inPhrase(before: string | undefined, word: string, after: string | undefined): boolean {
  const { pairs } = legalFormWords();
  return (
    (before !== undefined && pairs.has(`${before} ${word}`)) ||
    (after !== undefined && pairs.has(`${word} ${after}`))
  );
}

/** The repaired word at position k of the lower-cased words, or null to keep it. */
function repairAt(lower: string[], k: number): string | null {
  const word = lower[k]!;
  const [before, after] = [lower[k - 1], lower[k + 1]];
  // Only a neighbour that is a legal-form word can make a phrase with a completion.
  const { any } = legalFormWords();
  const formNeighbour =
    (before !== undefined && any.has(before)) || (after !== undefined && any.has(after));
  if (formNeighbour && word.length >= MIN_LENGTH_IN_CONTEXT && !inPhrase(before, word, after)) {
    const vouched = completions(word, MIN_LENGTH, true).find((f) => inPhrase(before, f, after));
    if (vouched) return vouched;
  }
  if (k === lower.length - 1 && word.length >= MIN_LENGTH - 1) {
    return completions(word, MIN_LENGTH_LAST_EDITED, false)[0] ?? null;
  }
  return null;
}

const WORD = /[A-Za-z]+/g;

/** The name with mistyped or truncated legal-form words completed (see above). */
export function repairLegalForm(name: string): string {
  const found = [...name.matchAll(WORD)];
  const lower = found.map((m) => m[0].toLowerCase());
  let out = '';
  let at = 0;
  for (let k = 0; k < found.length; k++) {
    const repaired = repairAt(lower, k);
    if (repaired === null) continue;
    const match = found[k]!;
    out += name.slice(at, match.index) + repaired;
    at = match.index + match[0].length;
  }
  return at === 0 ? name : out + name.slice(at);
}
