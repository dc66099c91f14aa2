/**
 * Tokens of a folded organisation name. Words are runs of letters and digits; Chinese and
 * Japanese characters are one token each, because those scripts put no spaces between words
 * (有限公司 is a suffix glued to the name). Punctuation that closes off part of a name (commas,
 * brackets, quotes, slashes) is a hard boundary: a legal form next to it is at an edge.
 */

export interface Token {
  text: string;
  /** A hard boundary (comma, bracket, quote, slash) precedes the token. */
  hardBefore: boolean;
  /** A Han, Hiragana or Katakana character. */
  cjk: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const HEBREW = /\p{Script=Hebrew}/u;
/** Apostrophes inside a word (Sa'id, mas'uliyati, otvetstvennost'yu) join its halves. */
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`', '´', 'ʻ', '‘']);
/** Hebrew abbreviations put a (ger)shayim inside the word: בע"מ. */
const HEBREW_JOINERS = new Set(['"', '״', '׳']);
const HARD = new Set([',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '«', '»', '“', '”', '„']);
for (const ch of ['‹', '›', '/', '\\', '|', '!', '?', '\n', '\t', ...APOSTROPHES]) HARD.add(ch);

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return WORD.test(ch) && !CJK.test(ch);
}

function isJoiner(chars: readonly string[], i: number): boolean {
  const ch = chars[i] ?? '';
  const prev = chars[i - 1] ?? ' ';
  const next = chars[i + 1] ?? ' ';
  if (APOSTROPHES.has(ch)) return isWordChar(prev) && isWordChar(next);
  return HEBREW_JOINERS.has(ch) && HEBREW.test(prev) && HEBREW.test(next);
}

/** Split a folded name into tokens (see the module comment). */
export function tokenise(folded: string): Token[] {
  const chars = Array.from(folded);
  const tokens: Token[] = [];
  let word = '';
  let hard = false;
  const flush = () => {
    if (word === '') return;
    tokens.push({ text: word, hardBefore: hard, cjk: false });
    word = '';
    hard = false;
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (isWordChar(ch)) {
      word += ch;
    } else if (isJoiner(chars, i)) {
      // dropped: the word continues
    } else {
      flush();
      if (CJK.test(ch)) {
        tokens.push({ text: ch, hardBefore: hard, cjk: true });
        hard = false;
      } else if (ch === '&') {
        tokens.push({ text: '&', hardBefore: hard, cjk: false });
        hard = false;
      } else if (HARD.has(ch)) {
        hard = true;
      }
    }
  }
  flush();
  return tokens;
}

/** Join tokens back into a name: spaces between words, none between CJK characters. */
export function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > 0 && !(token.cjk && tokens[i - 1]!.cjk)) out += ' ';
    out += token.text;
  }
  return out;
}
