/**
 * What an extractor finds in a page's text (issue 11): a span, its kind, its normalised value and
 * how sure the extractor is. The pipeline adds the document, page and box and stores it as a
 * mention; extractors are pure functions of the text.
 */

export interface Extracted {
  /** UTF-16 offsets into the text given, end exclusive: `text.slice(start, end) === this.text`. */
  start: number;
  end: number;
  /**
   * `inn`, `kpp`, `ogrn`, `ogrnip`, `uscc`, `imo`, `mmsi`, `lei`, `iban`, `bic`, `passport`, `hs`,
   * `email`, `phone`, `url`, `crypto`, `money`, `date`, `org`, `person`, `party`...
   */
  kind: string;
  /** The exact text of the span. */
  text: string;
  /**
   * The normalised value: the digits of an INN, `1200000.00 CNY`, `2024-03-14`, an e-mail in lower
   * case, a phone in E.164, `8806` for an HS heading.
   */
  value: string;
  /** Which extractor found it (`identifiers/inn`, `money`, `dates`...), kept with the mention. */
  extractor: string;
  /** 0-1: a check digit that passes is near 1; a pattern without a check is lower. */
  confidence: number;
  /** Extra facts the value alone does not carry (`ambiguous: ['2024-03-04']`, `heading: ...`). */
  details?: Record<string, string | string[]>;
}

/** An extractor: a pure function from a page's text to what it found, in text order. */
export type Extractor = (text: string) => Extracted[];
