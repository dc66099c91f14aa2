/**
 * Numbers written as words or ordinals, read as digits: "Brigade Forty-Four" and "Brigade 44",
 * "1st International Bank" and "First International Bank" then compare token for token, and
 * the rule that numbers must agree applies to both spellings alike. English only, with the
 * common misspelling "fourty": lists and queries write numbers in English or in digits.
 */

// Maps, not object literals: a token such as "constructor" must not find Object.prototype's.
const UNITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);

const TENS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    twenty: 20,
    thirty: 30,
    forty: 40,
    fourty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    thirtieth: 30,
    fortieth: 40,
    fiftieth: 50,
    sixtieth: 60,
    seventieth: 70,
    eightieth: 80,
    ninetieth: 90,
    hundredth: 100,
  }),
);

/** "1st", "22nd", "3rd", "44th": a digit ordinal is its number. */
const DIGIT_ORDINAL = /^(\d+)(st|nd|rd|th)$/;
const DIGITS = /^\d+$/;

/** The value of a single token that is a number on its own, or -1. */
function simpleValue(token: string): number {
  const unit = UNITS.get(token) ?? ORDINAL_UNITS.get(token);
  if (unit !== undefined) return unit;
  // Both digit patterns start with a digit: most tokens are words, and skip them.
  const first = token.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return -1;
  if (DIGITS.test(token)) return Number(token);
  const ordinal = DIGIT_ORDINAL.exec(token);
  return ordinal ? Number(ordinal[1]) : -1;
}

/** A unit that may follow a tens word: "forty four", "forty-fourth", "forty 4". */
function unitAfterTens(token: string | undefined): number {
  if (token === undefined) return -1;
  const value = simpleValue(token);
  return value >= 1 && value <= 9 ? value : -1;
}

/** The value of an English number word from zero to ninety ("seven", "forty"), else undefined. */
export function englishNumberWord(word: string): number | undefined {
  return UNITS.get(word) ?? TENS.get(word);
}

/**
 * Number words and ordinals replaced by digits; "hundred" and "thousand" multiply what precedes
 * them ("two hundred" → 200). Other tokens pass through unchanged.
 *
 * @example numberTokens(['brigade', 'forty', 'four']) // ['brigade', '44']
 * @example numberTokens(['1st', 'bank']) // ['1', 'bank']
 */
export function numberTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const tens = TENS.get(token);
    let value = tens ?? simpleValue(token);
    if (value < 0) {
      out.push(token);
      i++;
      continue;
    }
    i++;
    if (tens !== undefined) {
      const unit = unitAfterTens(tokens[i]);
      if (unit > 0) {
        value += unit;
        i++;
      }
    }
    const scale = tokens[i] === 'hundred' ? 100 : tokens[i] === 'thousand' ? 1000 : 0;
    if (scale > 0) {
      value *= scale;
      i++;
    }
    out.push(String(value));
  }
  return out;
}
