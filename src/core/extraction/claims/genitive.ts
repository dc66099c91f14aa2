/**
 * A Russian name after "в лице" is in the genitive ("в лице Генерального директора Иванова
 * Ивана Ивановича", "... Петровой А. С."); the same person signs in the nominative ("Иванов И. И.").
 * The common endings are turned back, so that both give one party. After "в лице" a name is
 * always genitive, which settles "Иванова" (a man's genitive, not a woman's nominative).
 * Endings from Russian grammar's declension of surnames in -ов/-ев/-ин and -ский and of given
 * names and patronymics; anything else is left as written.
 */
const SURNAME_ENDINGS: readonly [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)а$/u, '$1'],
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'],
  [/(ск|цк)ого$/u, '$1ий'],
  [/(ск|цк)ой$/u, '$1ая'],
];

const GIVEN_ENDINGS: readonly [RegExp, string][] = [
  [/(ович|евич|ич)а$/u, '$1'],
  [/(овн|евн|ичн|инич)ы$/u, '$1а'],
  [/ея$/u, 'ей'],
  [/ия$/u, 'ий'],
  [/ьи$/u, 'ья'],
  [/ы$/u, 'а'],
  [/([бвгдзклмнпрстфхцчшщ])а$/u, '$1'],
];

function turn(word: string, endings: readonly [RegExp, string][]): string {
  for (const [re, to] of endings) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** "Ямщикова А. М." → "Ямщиков А. М."; "Иванова Ивана Ивановича" → "Иванов Иван Иванович". */
export function nominative(name: string): string {
  if (!/^\p{Script=Cyrillic}/u.test(name)) return name;
  const words = name.split(/(\s+)/);
  let seen = 0;
  return words
    .map((w) => {
      if (/^\s*$/.test(w) || /^\p{Lu}\.$/u.test(w) || w.length < 3) return w;
      seen++;
      return turn(w, seen === 1 ? SURNAME_ENDINGS : GIVEN_ENDINGS);
    })
    .join('');
}
