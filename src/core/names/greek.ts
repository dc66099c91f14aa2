/**
 * Greek → Latin. Two systems: ELOT 743 (the Greek standard, adopted by the UN and used in Greek
 * passports) and the phonetic spelling common in English-language lists, where ου is u, η and υ
 * are i, and ντ/μπ/γκ inside foreign names are d/b/g (Βλαντίμιρ → Vladimir).
 */

import { mapWords, splitWords, uniqueCapped } from './variants.js';

interface GreekSystem {
  readonly letters: Readonly<Record<string, string>>;
  /** Digraphs, with the values they take at the start of a word and inside it. */
  readonly digraphs: Readonly<Record<string, readonly [string, string]>>;
}

const LETTERS: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

const ELOT: GreekSystem = {
  letters: LETTERS,
  digraphs: {
    ου: ['ou', 'ou'],
    μπ: ['b', 'mp'],
    ντ: ['d', 'nt'],
    γκ: ['g', 'gk'],
    γγ: ['ng', 'ng'],
    γξ: ['nx', 'nx'],
    γχ: ['nch', 'nch'],
  },
};

const PHONETIC: GreekSystem = {
  letters: { ...LETTERS, υ: 'i', χ: 'kh' },
  digraphs: {
    ου: ['u', 'u'],
    αι: ['e', 'e'],
    ει: ['i', 'i'],
    οι: ['i', 'i'],
    μπ: ['b', 'b'],
    ντ: ['d', 'd'],
    γκ: ['g', 'g'],
    γγ: ['ng', 'ng'],
  },
};

// αυ, ευ, ηυ: v before vowels and voiced consonants, f before voiceless ones and at the end.
const U_DIPHTHONG_FIRST = new Set('αεη');
const VOICED_AFTER = new Set('αεηιουωβγδζλμνρ');

interface Letter {
  base: string;
  diaeresis: boolean;
}

// Strip tonos and remember dialytika, which splits a would-be digraph (Μαΐου: a-i, not ai).
function letters(word: string): Letter[] {
  const out: Letter[] = [];
  for (const char of word.normalize('NFD')) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x0308) {
      const last = out[out.length - 1];
      if (last) last.diaeresis = true;
    } else if (cp < 0x0300 || cp > 0x036f) {
      out.push({ base: char, diaeresis: false });
    }
  }
  return out;
}

function romanizeGreekWord(word: string, s: GreekSystem): string {
  const chars = letters(word);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const current = chars[i]!;
    const next = chars[i + 1];
    if (next && !next.diaeresis) {
      if (next.base === 'υ' && U_DIPHTHONG_FIRST.has(current.base)) {
        const after = chars[i + 2]?.base;
        const voiced = after !== undefined && VOICED_AFTER.has(after);
        out += (s.letters[current.base] ?? current.base) + (voiced ? 'v' : 'f');
        i++;
        continue;
      }
      const digraph = s.digraphs[current.base + next.base];
      if (digraph) {
        out += i === 0 ? digraph[0] : digraph[1];
        i++;
        continue;
      }
    }
    out += s.letters[current.base] ?? current.base;
  }
  return out;
}

/** The Latin spellings of a Greek text: ELOT 743 first, then the common phonetic form. */
export function transliterateGreek(text: string): string[] {
  const words = splitWords(text);
  return uniqueCapped(
    [ELOT, PHONETIC].map((s) => mapWords(words, (word) => romanizeGreekWord(word, s))),
  );
}
