/**
 * Consonant skeletons: a matching key for names from scripts that leave vowels unwritten.
 *
 * Arabic and Hebrew write only consonants and long vowels, so محمد may be Muhammad, Mohammed or
 * Mehmet, and no transliteration can choose. The skeleton keeps only consonants, folded into
 * classes that cover the letters transliterations disagree on (b p f v; k q c kh ch; j g gh;
 * s sh ts; t th; d dh), and drops vowels and the weak letters (alif, ayn, hamza, medial w/y,
 * a final h). Both sides of a comparison are reduced the same way: the Latin spelling by its
 * letters, the Arabic or Hebrew original by its own letters, so محمد and Mohammed are both mhmd.
 *
 * Limitations: the classes are coarse on purpose (Mahmoud is mhmd too), so a skeleton is a key
 * for finding candidates, not evidence of a match; sounds written with different consonants
 * (Persian v as و against Latin v) may still part; and the rules assume Arabic, Persian or
 * Hebrew names, not Latin names generally.
 */

const DIGRAPHS: Readonly<Record<string, string>> = {
  sh: 's',
  ch: 'k',
  kh: 'k',
  gh: 'j',
  th: 't',
  dh: 'd',
  ph: 'b',
  zh: 'z',
  ts: 's',
  tz: 's',
  dj: 'j',
  ck: 'k',
};

const LETTERS: Readonly<Record<string, string>> = {
  b: 'b',
  p: 'b',
  f: 'b',
  v: 'b',
  t: 't',
  d: 'd',
  s: 's',
  c: 'k',
  k: 'k',
  q: 'k',
  x: 'ks',
  g: 'j',
  j: 'j',
  z: 'z',
  h: 'h',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
};

const VOWELS = new Set('aeiouy');

/** Drop repeated classes: the doubling that Arabic and Hebrew do not write (Hassan, hsn). */
export function collapseRepeats(skeleton: string): string {
  let out = '';
  for (const char of skeleton) if (char !== out[out.length - 1]) out += char;
  return out;
}

const DIGRAPH_SECOND = new Set('hszkj');

function latinClass(word: string, i: number): [string, number] {
  const char = word[i]!;
  const digraph = DIGRAPH_SECOND.has(word[i + 1] ?? '') ? DIGRAPHS[char + word[i + 1]] : undefined;
  if (digraph !== undefined) return [digraph, 2];
  if (char === 'w') return [i === 0 ? 'b' : '', 1];
  if (char === 'y') return [i === 0 && VOWELS.has(word[i + 1] ?? '') ? 'y' : '', 1];
  if (char === 'h' && i === word.length - 1) return ['', 1];
  return [LETTERS[char] ?? '', 1];
}

/** The skeleton of one normalised Latin word (lower case, ASCII): Mohammed → mhmd. */
export function latinSkeleton(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const [value, length] = latinClass(word, i);
    out += value;
    i += length;
  }
  return collapseRepeats(out);
}

/** One position of a skeleton: its class and, where lists disagree, another class. */
export interface SkeletonSlot {
  readonly value: string;
  readonly alt?: string;
}

/**
 * The skeletons a word's slots allow: all first choices, then each alternative alone (one
 * changed position at a time, not every combination), at most `cap`.
 */
export function expandSlots(slots: readonly SkeletonSlot[], cap: number): string[] {
  const primary = slots.map((slot) => slot.value);
  const out = [collapseRepeats(primary.join(''))];
  for (let i = 0; i < slots.length && out.length < cap; i++) {
    const alt = slots[i]!.alt;
    if (alt === undefined) continue;
    const changed = collapseRepeats(
      [...primary.slice(0, i), alt, ...primary.slice(i + 1)].join(''),
    );
    if (!out.includes(changed)) out.push(changed);
  }
  return out;
}

/** Whole-name skeletons from per-word alternatives: the first of each, then one word varied. */
export function combineWordSkeletons(words: readonly string[][], cap: number): string[] {
  const primary = words.map((alternatives) => alternatives[0] ?? '');
  const out = [primary.filter(Boolean).join(' ')];
  for (let w = 0; w < words.length && out.length < cap; w++) {
    for (const alternative of words[w]!.slice(1)) {
      const varied = [...primary.slice(0, w), alternative, ...primary.slice(w + 1)];
      const joined = varied.filter(Boolean).join(' ');
      if (!out.includes(joined) && out.length < cap) out.push(joined);
    }
  }
  return out.filter(Boolean);
}
