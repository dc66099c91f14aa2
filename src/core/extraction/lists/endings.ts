/**
 * Russian case endings and the nominative endings they may stand for, so that a list name found
 * in an inflected phrase ("поставки для Ижевского электромеханического завода «Купол»",
 * "контракт с Алмаз-Антеем") reads as the name the list gives. Taken from the standard noun and
 * adjective declension tables of Russian grammar (A. A. Zaliznyak, "Grammatical Dictionary of the
 * Russian Language", 1977: first, second and third declension; full adjectives). Each pair is
 * (ending in an oblique case, nominative ending); the matching engine confirms every hit, so a
 * reading that over-generates costs a lookup, not a false mention.
 */
export const RUSSIAN_ENDINGS: readonly (readonly [string, string])[] = [
  // Adjectives: -ого/-ему/-ым/... of -ий, -ый, -ой, -ая.
  ['ого', 'ий'],
  ['ого', 'ый'],
  ['ого', 'ой'],
  ['его', 'ий'],
  ['ому', 'ий'],
  ['ому', 'ый'],
  ['ому', 'ой'],
  ['ему', 'ий'],
  ['ыми', 'ые'],
  ['ими', 'ие'],
  ['ым', 'ый'],
  ['им', 'ий'],
  ['ом', 'ый'],
  ['ой', 'ая'],
  ['ой', 'ый'],
  ['ую', 'ая'],
  ['ей', 'яя'],
  ['ых', 'ые'],
  ['их', 'ие'],
  // Nouns of the second declension (завод, Купол; Антей, Алмаз).
  ['ами', ''],
  ['ом', ''],
  ['ов', ''],
  ['ам', ''],
  ['ах', ''],
  ['а', ''],
  ['у', ''],
  ['е', ''],
  ['ы', ''],
  ['ем', 'й'],
  ['ев', 'й'],
  ['я', 'й'],
  ['ю', 'й'],
  ['е', 'й'],
  // First declension (компания, Ростехнология, сталь).
  ['ой', 'а'],
  ['ою', 'а'],
  ['ы', 'а'],
  ['у', 'а'],
  ['е', 'а'],
  ['и', 'а'],
  ['ии', 'ия'],
  ['ию', 'ия'],
  ['ией', 'ия'],
  ['и', 'ь'],
  ['ью', 'ь'],
];

/** Letters a stem keeps at least, so that short words are not read as anything. */
export const MIN_STEM = 3;

/** The word and the nominatives it may be an oblique case of (lower case, Cyrillic only). */
export function nominatives(word: string): string[] {
  const out = [word];
  if (!/^[а-яё]+$/.test(word)) return out;
  for (const [ending, nominative] of RUSSIAN_ENDINGS) {
    if (word.length - ending.length < MIN_STEM || !word.endsWith(ending)) continue;
    const form = word.slice(0, word.length - ending.length) + nominative;
    if (!out.includes(form)) out.push(form);
  }
  return out;
}
