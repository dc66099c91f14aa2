/**
 * Indic scripts → Latin (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
 * Kannada, Malayalam). Unicode laid these blocks out in parallel (from ISCII), so one table
 * indexed by the offset within the block serves all nine. The spelling is the simplified
 * Hunterian one of Indian names in English (no diacritics; aspirates kh, gh, bh).
 *
 * Consonants carry an inherent vowel a unless a vowel sign or virama follows; Indo-Aryan
 * languages drop it at the end of a word (राम is Ram, not Rama), Dravidian ones keep it.
 */

import type { Script } from './scripts.js';
import { mapWords, uniqueCapped } from './variants.js';

const BLOCKS: Readonly<Partial<Record<Script, number>>> = {
  Devanagari: 0x0900,
  Bengali: 0x0980,
  Gurmukhi: 0x0a00,
  Gujarati: 0x0a80,
  Oriya: 0x0b00,
  Tamil: 0x0b80,
  Telugu: 0x0c00,
  Kannada: 0x0c80,
  Malayalam: 0x0d00,
};

const FINAL_SCHWA_DROPPED = new Set<Script>(['Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati']);

// Offsets 0x05–0x14: independent vowels; 0x15–0x39: consonants; 0x3e–0x4c: vowel signs.
const VOWELS = 'a a i i u u ri li e e e ai o o o au'.split(' ');
const CONSONANTS =
  'k kh g gh n ch chh j jh n t th d dh n t th d dh n n p ph b bh m y r r l l l v sh sh s h'.split(
    ' ',
  );
const SIGNS = 'a i i u u ri ri e e e ai o o o au'.split(' ');
const VIRAMA = 0x4d;
const NUKTA = 0x3c;
const SIGNS_START = 0x3e;
// Consonants with a nukta: Devanagari क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (precomposed 0x58–0x5f), Bengali ড় ঢ় য়.
const NUKTA_FORMS = new Map<number, string>([
  [0x15, 'q'],
  [0x16, 'kh'],
  [0x17, 'gh'],
  [0x1c, 'z'],
  [0x21, 'r'],
  [0x22, 'rh'],
  [0x2b, 'f'],
  [0x2f, 'y'],
]);
const PRECOMPOSED_NUKTA = [0x15, 0x16, 0x17, 0x1c, 0x21, 0x22, 0x2b, 0x2f];
// Candrabindu and anusvara (nasalisation), visarga, Bengali khanda ta.
const OTHER = new Map<number, string>([
  [0x01, 'n'],
  [0x02, 'n'],
  [0x03, 'h'],
  [0x4e, 't'],
]);

interface Options {
  readonly base: number;
  readonly dropFinalSchwa: boolean;
  /** Bengali writes the foreign v with ভ (bh): a second spelling reads it as v. */
  readonly bhAsV: boolean;
}

function consonantAt(offset: number, options: Options): string | undefined {
  // Devanagari and Bengali share the positions of their precomposed nukta consonants.
  if (offset >= 0x58 && offset <= 0x5f && options.base <= 0x0980) {
    return NUKTA_FORMS.get(PRECOMPOSED_NUKTA[offset - 0x58]!);
  }
  if (offset < 0x15 || offset > 0x39) return undefined;
  if (options.bhAsV && offset === 0x2d) return 'v';
  return CONSONANTS[offset - 0x15];
}

/** An akshara: a consonant (or none, for an independent vowel) and its vowel. */
interface Akshara {
  consonant: string;
  /** The written vowel; null for the inherent a, which schwa deletion may remove. */
  vowel: string | null;
  suffix: string;
  /** The consonant follows a virama: it ends a cluster (न्द्र), whose vowel stays. */
  inCluster: boolean;
  silent: boolean;
}

function parseAksharas(word: string, options: Options): Akshara[] {
  const offsets = Array.from(word, (char) => char.codePointAt(0)! - options.base);
  const out: Akshara[] = [];
  let afterVirama = false;
  for (let i = 0; i < offsets.length; i++) {
    const offset = offsets[i]!;
    const last = out[out.length - 1];
    let consonant = consonantAt(offset, options);
    if (consonant !== undefined) {
      if (offsets[i + 1] === NUKTA) consonant = NUKTA_FORMS.get(offset) ?? consonant;
      out.push({ consonant, vowel: null, suffix: '', inCluster: afterVirama, silent: false });
      afterVirama = false;
    } else if (offset === VIRAMA && last) {
      last.vowel = '';
      afterVirama = true;
    } else if (offset >= SIGNS_START && offset < VIRAMA && last) {
      last.vowel = SIGNS[offset - SIGNS_START]!;
    } else if (offset >= 0x05 && offset <= 0x14) {
      out.push({
        consonant: '',
        vowel: VOWELS[offset - 0x05]!,
        suffix: '',
        inCluster: false,
        silent: false,
      });
    } else if (last && OTHER.has(offset)) {
      last.suffix += OTHER.get(offset);
    }
  }
  return out;
}

const hasVowel = (a: Akshara | undefined) => a !== undefined && a.vowel !== '' && !a.silent;

// Indo-Aryan schwa deletion: the final inherent a goes unless it ends a cluster, and a medial one
// goes between a vowel and a consonant with its own vowel (तेंदुलकर Tendulkar, not Tendulakar).
function deleteSchwas(aksharas: Akshara[]): void {
  const last = aksharas[aksharas.length - 1];
  if (last && last.vowel === null && !last.inCluster && aksharas.length > 1) last.silent = true;
  for (let i = aksharas.length - 2; i >= 1; i--) {
    const current = aksharas[i]!;
    const next = aksharas[i + 1]!;
    if (current.vowel !== null || current.inCluster || next.inCluster || next.consonant === '') {
      continue;
    }
    if (hasVowel(aksharas[i - 1]) && hasVowel(next)) current.silent = true;
  }
}

function romanizeIndicWord(word: string, options: Options): string {
  const aksharas = parseAksharas(word, options);
  if (options.dropFinalSchwa) deleteSchwas(aksharas);
  let out = '';
  for (const a of aksharas) out += a.consonant + (a.vowel ?? (a.silent ? '' : 'a')) + a.suffix;
  return out;
}

/** The Latin spellings of a text in one Indic script. */
export function transliterateIndic(text: string, script: Script): string[] {
  const base = BLOCKS[script];
  if (base === undefined) return [text];
  const dropFinalSchwa = FINAL_SCHWA_DROPPED.has(script);
  const systems: Options[] = [{ base, dropFinalSchwa, bhAsV: false }];
  if (script === 'Bengali') systems.push({ base, dropFinalSchwa, bhAsV: true });
  return uniqueCapped(
    systems.map((options) => mapWords(text, (word) => romanizeIndicWord(word, options))),
  );
}

/** Whether a script is one of the parallel Indic blocks handled here. */
export function isIndic(script: Script): boolean {
  return BLOCKS[script] !== undefined;
}
