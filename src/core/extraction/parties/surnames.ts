/**
 * One person named in several grammatical cases: "Иванов И.И." signs, the contract is made "с
 * Ивановым И.И.", money is paid "Иванову И.И.", the power of attorney is "Иванова И.И.". The
 * table gives, for the common Russian surname types, the endings of the masculine forms other
 * than the nominative and the nominative ending each comes back to.
 *
 * Source: the declension of Russian surnames as set out in D. E. Rosenthal, «Справочник по
 * правописанию и литературной правке» (the section on surnames): masculine -ов/-ев/-ин/-ын
 * decline as -ова, -ову, -овым, -ове (feminine -ова, -овой, -ову); -ский/-цкой decline as
 * adjectives (-ского, -скому, -ским, -ском).
 *
 * Ambiguity: "Иванова" is both the genitive of Иванов and a woman's nominative, "Иванову" both
 * his dative and her accusative. So a form is only ever brought back to a masculine nominative
 * that is itself written, with the same initials, in the same case (see `samePersons`); a case
 * naming Иванов И.И. and his wife Иванова И.И. with the same initials would wrongly become one
 * person, which a reviewer can separate in xref.
 */

/** [ending of a case form, the masculine nominative ending it comes back to]; longest first. */
const MASCULINE_FORMS: ReadonlyArray<readonly [string, string]> = [
  // -ов, -ев, -ёв, -ин, -ын: genitive/accusative, dative, instrumental, prepositional.
  ...['ов', 'ев', 'ёв', 'ин', 'ын'].flatMap((n) =>
    ['а', 'у', 'ым', 'е'].map((e) => [n + e, n] as const),
  ),
  // -ский, -цкий, -ской, -цкой decline as adjectives.
  ...['ск', 'цк'].flatMap((n) => ['ого', 'ому', 'им', 'ом'].map((e) => [n + e, `${n}ий`] as const)),
].sort((a, b) => b[0].length - a[0].length);

/** The masculine nominatives a surname may be a case form of ("Иванову" → ["Иванову", "Иванов"]). */
export function nominativeCandidates(surname: string): string[] {
  const out = [surname];
  for (const [ending, nominative] of MASCULINE_FORMS) {
    if (surname.length > ending.length + 1 && surname.endsWith(ending)) {
      out.push(surname.slice(0, -ending.length) + nominative);
    }
  }
  return out;
}

/** A person's value as the persons extractor writes it: "Иванов И. И." or "И. И. Иванов". */
const SURNAME_FIRST = /^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) ([А-ЯЁ])\. ?([А-ЯЁ])\.$/;
const INITIALS_FIRST = /^([А-ЯЁ])\. ?([А-ЯЁ])\. ?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$/;

function parse(value: string): { surname: string; initials: string } | null {
  const first = SURNAME_FIRST.exec(value);
  if (first) return { surname: first[1]!, initials: first[2]! + first[3]! };
  const last = INITIALS_FIRST.exec(value);
  return last ? { surname: last[3]!, initials: last[1]! + last[2]! } : null;
}

/**
 * Person values of one case that name the same person: each value with a surname and initials
 * maps to the first value written with the masculine nominative of that surname and the same
 * initials (either order, "Иванов И. И." or "И. И. Иванов"). Values with no such nominative in
 * the case are left out: they stay parties of their own.
 */
export function samePersons(values: Iterable<string>): Map<string, string> {
  const parsed = new Map<string, { surname: string; initials: string }>();
  const nominative = new Map<string, string>();
  for (const value of values) {
    const p = parse(value);
    if (!p || parsed.has(value)) continue;
    parsed.set(value, p);
    const key = `${p.surname} ${p.initials}`;
    // A masculine nominative is a surname that is no case form of another in the table.
    if (nominativeCandidates(p.surname).length === 1 && !nominative.has(key)) {
      nominative.set(key, value);
    }
  }
  const same = new Map<string, string>();
  for (const [value, p] of parsed) {
    for (const surname of nominativeCandidates(p.surname)) {
      const target = nominative.get(`${surname} ${p.initials}`);
      if (target !== undefined && target !== value) {
        same.set(value, target);
        break;
      }
    }
  }
  return same;
}
