/**
 * Order-independent forms of a person's name. Each form is a set of tokens written in sorted
 * order, so "PUTIN, Vladimir Vladimirovich" and "Vladimir Putin" meet at "putin vladimir"
 * whichever order each list uses. The forms differ in what they keep: the patronymic, the
 * particles (dropped, joined: al-Baghdadi → albaghdadi), hyphenated words joined or spaced, and
 * initials for the given names ("V. V. Putin" → "putin v").
 */

import { type NameWord, type PersonNameOptions, parsePersonName } from './person.js';

export interface PersonFormOptions extends PersonNameOptions {
  /**
   * Add the forms with initials for the given names ("putin v", "putin v v"; default true).
   * They are weaker keys: every V. Putin shares them.
   */
  readonly initials?: boolean;
}

type Rendering = 'bare' | 'bareJoined' | 'separate' | 'joined';

function pushRendering(out: string[], word: NameWord, rendering: Rendering): void {
  if (rendering === 'bare') {
    for (const part of word.parts) out.push(part);
  } else if (rendering === 'bareJoined') {
    out.push(word.parts.join(''));
  } else if (rendering === 'separate') {
    for (const particle of word.particles) out.push(particle);
    for (const part of word.parts) out.push(part);
  } else {
    out.push(word.particles.join('') + word.parts.join(''));
  }
}

function tokensOf(words: readonly NameWord[], rendering: Rendering, out: string[] = []): string[] {
  for (const word of words) pushRendering(out, word, rendering);
  return out;
}

class FormSet {
  readonly forms = new Set<string>();

  add(tokens: string[]): void {
    if (tokens.length > 0) this.forms.add(tokens.sort().join(' '));
  }
}

function addInitialForms(set: FormSet, family: readonly NameWord[], given: readonly NameWord[]) {
  const first = given[0]?.parts[0];
  if (first === undefined || family.length === 0) return;
  set.add(tokensOf(family, 'bare', [first[0]!]));
  const initials: string[] = [];
  for (const word of given) initials.push(word.parts[0]![0]!);
  set.add(tokensOf(family, 'bare', initials));
}

// Names without particles or hyphenated words render the same in every way: one form will do.
function isPlain(words: readonly NameWord[]): boolean {
  for (const word of words) if (word.particles.length > 0 || word.parts.length > 1) return false;
  return true;
}

function addRenderings(set: FormSet, given: readonly NameWord[], family: readonly NameWord[]) {
  const names = [...given, ...family];
  if (isPlain(names)) {
    set.add(tokensOf(names, 'bare'));
    return;
  }
  for (const rendering of ['bare', 'bareJoined', 'joined', 'separate'] as const) {
    set.add(tokensOf(names, rendering));
  }
  // Kunyas and articles go different ways: Abu Bakr al-Baghdadi is also Bakr Albaghdadi.
  set.add(tokensOf(family, 'joined', tokensOf(given, 'bare')));
  set.add(tokensOf(family, 'bare', tokensOf(given, 'joined')));
}

// Index tokens from the parsed words: each part, each hyphenated word joined (jongun), each word
// with its particles joined (albaghdadi), and the titles.
function wordTokens(words: readonly NameWord[], titles: readonly string[]): string[] {
  const tokens = new Set<string>(titles);
  for (const word of words) {
    for (const particle of word.particles) tokens.add(particle);
    for (const part of word.parts) tokens.add(part);
    const joined = word.parts.join('');
    if (word.parts.length > 1 && word.parts.every((part) => part.length > 1)) tokens.add(joined);
    if (word.particles.length > 0) tokens.add(word.particles.join('') + joined);
  }
  return [...tokens];
}

/**
 * The forms of a name in two sets, full forms and the weaker forms with initials, with its
 * index tokens: one parse for all three.
 */
export function personFormSets(name: string, options: PersonNameOptions = {}) {
  const { given, family, patronymics, titles, familyKnown } = parsePersonName(name, options);
  const full = new FormSet();
  addRenderings(full, given, family);
  if (patronymics.length > 0) {
    const all = [...given, ...patronymics, ...family];
    full.add(tokensOf(all, 'separate'));
    full.add(tokensOf(all, 'joined'));
  }
  // Syllables of one given name written apart (Kim Jong Un, Xi Jin Ping) or joined.
  if (given.length > 1) {
    let joined = '';
    for (const word of given) joined += word.parts.join('');
    full.add(tokensOf(family, 'bare', [joined]));
  }
  const initials = new FormSet();
  addInitialForms(initials, family, [...given, ...patronymics]);
  if (!familyKnown && given.length + family.length > 1) {
    const names = [...given, ...family];
    addInitialForms(initials, names.slice(0, 1), names.slice(1));
  }
  for (const form of full.forms) initials.forms.delete(form);
  const tokens = wordTokens([...given, ...patronymics, ...family], titles);
  return { full: [...full.forms], initials: [...initials.forms], tokens };
}

/**
 * The order-independent forms of a person's name, for finding the same person across lists:
 * a shared form is a strong candidate. Forms are sorted-token strings; compare them exactly.
 *
 * @example personNameForms('PUTIN, Vladimir Vladimirovich')
 * // includes 'putin vladimir', 'putin vladimir vladimirovich', 'putin v', 'putin v v'
 * @example personNameForms('Kim Jong-un') // includes 'jong kim un' and 'jongun kim'
 */
export function personNameForms(name: string, options: PersonFormOptions = {}): string[] {
  const { full, initials } = personFormSets(name, options);
  return options.initials === false ? full : [...full, ...initials];
}
