/**
 * E-mail addresses and URLs. Chinese text runs words together, so neither may take in Han
 * characters or full-width punctuation; trailing sentence punctuation is not part of a URL.
 */
import type { Extracted, Extractor } from '../types.js';
import { span } from './scan.js';

// Local part and domain in Latin or Cyrillic (.рф), a top-level domain of letters.
const EMAIL =
  /(?<![A-Za-z0-9\u0400-\u04ff._%+-])[A-Za-z0-9\u0400-\u04ff_%+-](?:[A-Za-z0-9\u0400-\u04ff._%+-]{0,62}[A-Za-z0-9\u0400-\u04ff_%+-])?@(?:[A-Za-z0-9\u0400-\u04ff](?:[A-Za-z0-9\u0400-\u04ff-]{0,61}[A-Za-z0-9\u0400-\u04ff])?\.)+(?:[A-Za-z]{2,24}|рф|РФ|рус|бел|укр)(?![A-Za-z0-9\u0400-\u04ff-])/gu;

export const extractEmail: Extractor = (text) => {
  const found: Extracted[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    // "a..b@x.com" is no address: dots never stand twice in a row.
    if (m[0].includes('..')) continue;
    const end = m.index + m[0].length;
    found.push(span(text, m.index, end, 'email', m[0].toLowerCase(), 'identifiers/email', 0.95));
  }
  return found;
};

const URL_RE =
  /(?<![A-Za-z0-9\u00c0-\u04ff@.])(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'«»“”‘’（）【】「」，。、；：！？\p{Script=Han}]+/giu;
const TRAILING = /[.,;:!?'"\]}>»]+$/;

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** The scheme and host in lower case; path and query as written (they are case-sensitive). */
function normaliseUrl(raw: string): string {
  const withScheme = /^www\./i.test(raw) ? `http://${raw}` : raw;
  const m = /^([a-z]+:\/\/)([^/?#]*)(.*)$/i.exec(withScheme);
  return m === null ? withScheme : m[1]!.toLowerCase() + m[2]!.toLowerCase() + m[3]!;
}

export const extractUrl: Extractor = (text) => {
  const found: Extracted[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
    let raw = m[0].replace(TRAILING, '');
    // A closing parenthesis belongs to the URL only when the URL opens one ("wiki/Foo_(bar)").
    while (raw.endsWith(')') && count(raw, '(') < count(raw, ')'))
      raw = raw.slice(0, -1).replace(TRAILING, '');
    const host = /^(?:[a-z]+:\/\/)?([^/?#:]+)/i.exec(raw)?.[1] ?? '';
    if (!/\.[\p{L}]{2,}$/u.test(host) && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) continue;
    found.push(
      span(text, m.index, m.index + raw.length, 'url', normaliseUrl(raw), 'identifiers/url', 0.9, {
        host: host.toLowerCase(),
      }),
    );
  }
  return found;
};
