/**
 * Person names: which words are given names, family names, patronymics, particles and titles,
 * read from the conventions lists use ("PUTIN, Vladimir": comma after the family name; family
 * name in capitals; Russian order Family Given Patronymic).
 */

import { normalizeText } from './normalize.js';
import { hasPatronymicEnding, isParticleAt, isTitle, particleOf } from './tokens.js';

/** One word of a name: its parts (Jong-un → jong, un) and the particles before it (al, van der). */
export interface NameWord {
  readonly parts: readonly string[];
  readonly particles: readonly string[];
}

export interface PersonName {
  readonly given: readonly NameWord[];
  readonly family: readonly NameWord[];
  readonly patronymics: readonly NameWord[];
  readonly titles: readonly string[];
  /** False when nothing in the name said which word is the family name (the last was taken). */
  readonly familyKnown: boolean;
}

export interface PersonNameOptions {
  /** The family name comes first (Chinese and Korean names, Hungarian order). */
  readonly familyFirst?: boolean;
}

interface RawWord {
  parts: string[];
  particles: string[];
  capitals: boolean;
  section: 0 | 1;
}

const CHUNK_SEPARATORS = /[\s;]+/u;

// A word in capitals, as lists write family names; an initial (V.) is too short to tell.
function isCapitals(chunk: string, parts: readonly string[]): boolean {
  if (parts.every((part) => part.length < 2)) return false;
  return chunk === chunk.toUpperCase() && chunk !== chunk.toLowerCase();
}

// Particles written with a hyphen belong to the word: al-Baghdadi is al + Baghdadi.
function splitLeadingParticles(parts: string[], particles: string[]): string[] {
  let first = 0;
  while (first < parts.length - 1 && isParticleAt(parts[first]!, false)) {
    particles.push(particleOf(parts[first]!)!);
    first++;
  }
  return first === 0 ? parts : parts.slice(first);
}

// Read one side of the comma into words, attaching each particle to the word after it.
function readSection(text: string, section: 0 | 1, words: RawWord[], titles: string[]): void {
  let pending: string[] = [];
  for (const chunk of text.split(CHUNK_SEPARATORS)) {
    const parts = normalizeText(chunk).split(' ').filter(Boolean);
    const single = parts.length === 1 ? parts[0]! : undefined;
    if (single !== undefined && isTitle(single)) {
      titles.push(single);
    } else if (single !== undefined && isParticleAt(single, words.length + pending.length === 0)) {
      pending.push(particleOf(single)!);
    } else if (parts.length > 0) {
      const capitals = isCapitals(chunk, parts);
      words.push({
        parts: splitLeadingParticles(parts, pending),
        particles: pending,
        capitals,
        section,
      });
      pending = [];
    }
  }
  // A particle with no word after it was a name after all (Le, Da at the end).
  for (const particle of pending)
    words.push({ parts: [particle], particles: [], capitals: false, section });
}

// Split into words, noting which are in capitals and which come before the first comma (the
// family name, by list convention). Titles are set aside.
function readWords(name: string, titles: string[]): RawWord[] {
  const commaAt = name.indexOf(',');
  const words: RawWord[] = [];
  if (commaAt > 0) {
    readSection(name.slice(0, commaAt), 0, words, titles);
    readSection(name.slice(commaAt + 1), 1, words, titles);
  } else {
    readSection(name, 0, words, titles);
  }
  return words;
}

const isInitial = (word: RawWord) => word.parts.every((part) => part.length === 1);

// A patronymic needs a given name and a family name beside it: the second full word (Vladimir
// Vladimirovich Putin) or the last (Putin Vladimir Vladimirovich; PUTIN, Vladimir Vladimirovich).
function patronymicIndex(words: RawWord[], comma: boolean): number {
  const full = words.flatMap((word, i) => (isInitial(word) ? [] : [i]));
  if (full.length < 3) return -1;
  const ends = (i: number) => hasPatronymicEnding(words[i]!.parts.join(''));
  const second = full[1]!;
  const last = full[full.length - 1]!;
  if (comma) return words[last]!.section === 1 && ends(last) ? last : -1;
  if (ends(second)) return second;
  return ends(last) ? last : -1;
}

function familyIndices(words: RawWord[], patronymic: number, options: PersonNameOptions) {
  const others = words.flatMap((_, i) => (i === patronymic ? [] : [i]));
  if (words.some((word) => word.section === 1)) {
    return { family: others.filter((i) => words[i]!.section === 0), known: true };
  }
  const capitals = others.filter((i) => words[i]!.capitals);
  if (capitals.length > 0 && capitals.length < others.length)
    return { family: capitals, known: true };
  const full = others.filter((i) => !isInitial(words[i]!));
  if (full.length === 1 && others.length > 1) return { family: full, known: true };
  const first = full[0];
  const last = full[full.length - 1];
  if (first === undefined || last === undefined || others.length === 1) {
    return { family: others, known: false };
  }
  if (options.familyFirst) return { family: [first], known: true };
  if (patronymic < 0) return { family: [last], known: false };
  return { family: [patronymic > last ? first : last], known: true };
}

/**
 * Read a person's name into given names, family name, patronymics and titles.
 *
 * @example parsePersonName('PUTIN, Vladimir Vladimirovich')
 * // given [vladimir], family [putin], patronymics [vladimirovich], familyKnown true
 */
export function parsePersonName(name: string, options: PersonNameOptions = {}): PersonName {
  const titles: string[] = [];
  const words = readWords(name, titles);
  const comma = words.some((word) => word.section === 1);
  const patronymic = patronymicIndex(words, comma);
  const { family, known } = familyIndices(words, patronymic, options);
  const strip = ({ parts, particles }: RawWord): NameWord => ({ parts, particles });
  return {
    given: words.filter((_, i) => i !== patronymic && !family.includes(i)).map(strip),
    family: family.map((i) => strip(words[i]!)),
    patronymics: patronymic >= 0 ? [strip(words[patronymic]!)] : [],
    titles,
    familyKnown: known,
  };
}
