/**
 * HS / ТН ВЭД commodity codes: 4 to 10 digits after a label (HS, HS code, ТН ВЭД, код ТН ВЭД
 * ЕАЭС, 海关编码, 商品编码), written with spaces or dots ("8526 91 200 0", "8471.30.0000"). The
 * value is the digits; the heading's text comes from the HS 2022 tables.
 */
import type { Extracted, Extractor } from '../types.js';
import { HS_CHAPTERS } from './hs-chapters.js';
import { HS_HEADINGS } from './hs-headings.js';
import { type DigitRun, digitRuns, labelBefore, span } from './scan.js';

const LABEL =
  /(?<![\p{L}])(?:H\.?S\.?(?:[ -]?codes?)?|HS-?код\p{L}*|(?:код )?ТН ?ВЭД(?: ЕАЭС| ЕАЭС РФ| РФ)?|海关编码|海关商品编码|商品编码|HS编码|税则号列|税则号|tariff (?:code|number)s?|commodity codes?|customs codes?|classification)(?![\p{L}])/giu;

/** Chapters whose every heading is in the table: a heading missing there is no heading. */
const TABLED = new Set(['84', '85', '88', '90', '93']);
/** "HS 2022" names an edition of the nomenclature, not a code. */
const EDITIONS = new Set(['1988', '1992', '1996', '2002', '2007', '2012', '2017', '2022', '2027']);

/** For each start, only the longest group-aligned run: "8526 91 200 0" is one code. */
function* longestRuns(text: string): Generator<DigitRun> {
  let best: DigitRun | null = null;
  for (const run of digitRuns(text, [4, 5, 6, 7, 8, 9, 10], { dots: true, maxFolded: 0 })) {
    if (best !== null && run.start !== best.start) {
      yield best;
      best = null;
    }
    if (best === null || run.end > best.end) best = run;
  }
  if (best !== null) yield best;
}

export const extractHs: Extractor = (text) => {
  const found: Extracted[] = [];
  let lastEnd = -1;
  for (const run of longestRuns(text)) {
    if (run.start < lastEnd) continue;
    const chapterCode = run.digits.slice(0, 2);
    const chapter = HS_CHAPTERS.get(chapterCode);
    if (chapter === undefined || chapterCode === '77' || EDITIONS.has(run.digits)) continue;
    const heading = HS_HEADINGS.get(run.digits.slice(0, 4));
    if (heading === undefined && TABLED.has(chapterCode)) continue;
    if (!labelBefore(text, run.start, LABEL)) continue;
    const details: Record<string, string> = { chapter };
    if (heading !== undefined) details.heading = heading;
    const confidence = heading !== undefined ? 0.92 : 0.8;
    found.push(
      span(text, run.start, run.end, 'hs', run.digits, 'identifiers/hs', confidence, details),
    );
    lastEnd = run.end;
  }
  return found;
};

/** The heading (or, outside the tabled chapters, the chapter) an HS code falls under. */
export function hsHeading(code: string): string | null {
  return HS_HEADINGS.get(code.slice(0, 4)) ?? HS_CHAPTERS.get(code.slice(0, 2)) ?? null;
}
