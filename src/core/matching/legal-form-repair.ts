/**
 * Legal forms as queries mistype them or lists cut them off: "Siemens Aktiengeselschaft",
 * "… Joint Stock Compan" (a fixed-width field cut short). The last word of a name, when it is
 * one edit from a long legal-form word or the start of one, is completed before the legal forms
 * are set aside, so that the form does not stay behind as a word of the name.
 */
import { LEGAL_FORMS } from '../orgs/index.js';
import { letterGap, letterMask } from './letter-masks.js';
import { levenshtein } from './similarity.js';

/** Shorter words are too easily one edit from another word ("limted" is listed as it is). */
const MIN_LENGTH = 6;

interface Words {
  all: Set<string>;
  /** Each word with its letter mask, which rules out most words before an edit distance. */
  list: { word: string; mask: number }[];
}

let words: Words | null = null;

function legalFormWords(): Words {
  if (words === null) {
    const found = new Set<string>();
    for (const entry of LEGAL_FORMS) {
      for (const alias of entry.aliases) {
        for (const word of alias.toLowerCase().split(/[^a-z]+/)) {
          if (word.length >= MIN_LENGTH) found.add(word);
        }
      }
    }
    words = { all: found, list: [...found].map((word) => ({ word, mask: letterMask(word) })) };
  }
  return words;
}

/** The legal-form word the last word of a name stands for, or null if none or it is one. */
function completion(last: string): string | null {
  if (last.length < MIN_LENGTH - 1) return null;
  const { all, list } = legalFormWords();
  if (all.has(last)) return null;
  const mask = letterMask(last);
  for (const { word, mask: wordMask } of list) {
    if (Math.abs(word.length - last.length) > 2) continue;
    if (word.length > last.length && word.startsWith(last)) return word;
    // One edit changes at most one letter of the set: a quick test before the edit distance.
    if (last.length < 8 || letterGap(mask, wordMask) > 1) continue;
    if (levenshtein(word, last, 1) <= 1) return word;
  }
  return null;
}

/** The name with a mistyped or truncated legal-form word at its end completed. */
export function repairLegalForm(name: string): string {
  const match = /([A-Za-z]+)[\s.]*$/.exec(name);
  if (!match) return name;
  const word = completion(match[1]!.toLowerCase());
  return word === null ? name : name.slice(0, match.index) + word;
}
