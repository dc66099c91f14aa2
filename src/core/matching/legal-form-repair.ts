/**
 * Legal forms as queries mistype them or lists cut them off: "Siemens Aktiengeselschaft",
 * "… Joint Stock Compan" (a fixed-width field cut short). The last word of a name, when it is
 * one edit from a long legal-form word or the start of one, is completed before the legal forms
 * are set aside, so that the form does not stay behind as a word of the name.
 */
import { LEGAL_FORMS } from '../orgs/index.js';
import { levenshtein } from './similarity.js';

/** Shorter words are too easily one edit from another word ("limted" is listed as it is). */
const MIN_LENGTH = 6;

let words: string[] | null = null;

function legalFormWords(): string[] {
  if (words === null) {
    const found = new Set<string>();
    for (const entry of LEGAL_FORMS) {
      for (const alias of entry.aliases) {
        for (const word of alias.toLowerCase().split(/[^a-z]+/)) {
          if (word.length >= MIN_LENGTH) found.add(word);
        }
      }
    }
    words = [...found];
  }
  return words;
}

/** The legal-form word the last word of a name stands for, or null if none or it is one. */
function completion(last: string): string | null {
  if (last.length < MIN_LENGTH - 1) return null;
  let best: string | null = null;
  for (const word of legalFormWords()) {
    if (word === last) return null;
    if (best !== null || Math.abs(word.length - last.length) > 2) continue;
    const truncated = word.length > last.length && word.startsWith(last);
    if (truncated || (last.length >= 8 && levenshtein(word, last, 1) <= 1)) best = word;
  }
  return best;
}

/** The name with a mistyped or truncated legal-form word at its end completed. */
export function repairLegalForm(name: string): string {
  const match = /([A-Za-z]+)[\s.]*$/.exec(name);
  if (!match) return name;
  const word = completion(match[1]!.toLowerCase());
  return word === null ? name : name.slice(0, match.index) + word;
}
