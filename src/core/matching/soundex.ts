/**
 * American Soundex: the first letter, then digits for the consonant groups that follow, with
 * repeats, vowels and h/w handled as the standard says; padded to four characters.
 */
const CODES: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

export function soundex(word: string): string {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  const first = letters[0];
  if (!first) return '';
  let code = first.toUpperCase();
  let last = CODES[first] ?? '';
  for (let i = 1; i < letters.length && code.length < 4; i++) {
    const ch = letters[i]!;
    const digit = CODES[ch];
    if (digit) {
      if (digit !== last) code += digit;
      last = digit;
    } else if (ch !== 'h' && ch !== 'w') {
      // A vowel separates two equal codes; h and w do not.
      last = '';
    }
  }
  return code.padEnd(4, '0');
}
