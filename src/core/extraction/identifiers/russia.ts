/**
 * Russian company identifiers: INN (10 or 12 digits, check digits), KPP (9 characters, no check
 * digit, so only after its label) and OGRN/OGRNIP (13/15 digits, check digit).
 */
import { isValidInn, isValidOgrn } from '../../identifiers/index.js';
import type { Extracted, Extractor } from '../types.js';
import {
  DOC_NUMBER,
  INN_LABEL,
  KPP_LABEL,
  OGRN_LABEL,
  OGRNIP_LABEL,
  PHONE_LABEL,
} from './labels.js';
import { FOLD_PENALTY } from './ocr.js';
import { type DigitRun, digitRuns, labelBefore, labelGap, span, windowBefore } from './scan.js';

/**
 * A run without its label is accepted only as it stands: one unbroken token, no OCR fold, not
 * after a phone label, a "+" or a document-number sign, and not an amount ("1834100037,00").
 */
function bareAllowed(text: string, run: DigitRun): boolean {
  if (!run.whole || run.grouped || run.folded > 0) return false;
  // "+7 ...", "№ 1834100037" and "1834100037,00" are a phone, a document number and an amount.
  if (/\+\s?$/.test(text.slice(Math.max(0, run.start - 2), run.start))) return false;
  if (/^[.,]\d/.test(text.slice(run.end, run.end + 2))) return false;
  if (DOC_NUMBER.test(text.slice(Math.max(0, run.start - 6), run.start))) return false;
  PHONE_LABEL.lastIndex = 0;
  return !PHONE_LABEL.test(windowBefore(text, run.start, 40));
}

interface CheckedKind {
  kind: string;
  lengths: number[];
  label: RegExp;
  valid: (digits: string) => boolean;
  /** Confidence of a checked value with its label, and without it (0 = never without). */
  labelled: number;
  bare: (digits: string) => number;
}

function checkedExtractor(spec: CheckedKind): Extractor {
  const extractor = `identifiers/${spec.kind}`;
  return (text) => {
    const found: Extracted[] = [];
    let lastEnd = -1;
    for (const run of digitRuns(text, spec.lengths)) {
      if (run.start < lastEnd || !spec.valid(run.digits)) continue;
      let confidence: number;
      const gap = labelGap(text, run.start, spec.label);
      // Past another number ("ИНН/КПП a/b") only an unbroken run is the label's: in "ИНН a,
      // 8 912 345 67 84" the groups are a phone.
      if (gap !== null && !(run.grouped && /\d/.test(gap))) confidence = spec.labelled;
      else if (bareAllowed(text, run)) confidence = spec.bare(run.digits);
      else continue;
      if (confidence <= 0) continue;
      if (run.folded > 0) confidence -= FOLD_PENALTY;
      const details: Record<string, string> = {};
      if (run.folded > 0) details.ocrFolded = String(run.folded);
      if (spec.kind === 'inn')
        details.holder = run.digits.length === 10 ? 'legal-entity' : 'individual';
      found.push(
        span(text, run.start, run.end, spec.kind, run.digits, extractor, confidence, details),
      );
      lastEnd = run.end;
    }
    return found;
  };
}

/**
 * INN. A 10-digit check passes for one random number in 11, so a bare INN is a guess (0.6); a
 * 12-digit one has two check digits (one in 121).
 */
export const extractInn: Extractor = checkedExtractor({
  kind: 'inn',
  lengths: [10, 12],
  label: INN_LABEL,
  valid: isValidInn,
  labelled: 0.97,
  bare: (digits) => (digits.length === 12 ? 0.7 : 0.6),
});

/** OGRN (13 digits, first 1 or 5) and OGRNIP (15, first 3): one check digit, modulo 11 or 13. */
export const extractOgrn: Extractor = checkedExtractor({
  kind: 'ogrn',
  lengths: [13],
  label: OGRN_LABEL,
  valid: isValidOgrn,
  labelled: 0.97,
  bare: () => 0.75,
});

export const extractOgrnip: Extractor = checkedExtractor({
  kind: 'ogrnip',
  lengths: [15],
  label: new RegExp(`${OGRNIP_LABEL.source}|${OGRN_LABEL.source}`, 'giu'),
  valid: isValidOgrn,
  labelled: 0.97,
  // Other registers issue 15-digit numbers starting with 3 (old Chinese business licences), and
  // one in ten passes the check: a bare one is a weak guess.
  bare: () => 0.5,
});

/**
 * KPP: tax office (4 digits), reason (2 digits or, since 2019, capital Latin letters), number (3
 * digits). No check digit: found only after "КПП", including "ИНН/КПП a/b".
 */
const KPP_SHAPE = /^\d{4}[\dA-Z]{2}\d{3}$/;
const KPP_TOKEN =
  /(?<![\p{L}\p{N}])\d{4}(?:[ \u00a0]?)[\dA-Z]{2}(?:[ \u00a0]?)\d{3}(?![\p{L}\p{N}])/gu;

export const extractKpp: Extractor = (text) => {
  const found: Extracted[] = [];
  KPP_TOKEN.lastIndex = 0;
  for (let m = KPP_TOKEN.exec(text); m !== null; m = KPP_TOKEN.exec(text)) {
    const value = m[0].replace(/[ \u00a0]/g, '');
    if (!KPP_SHAPE.test(value) || value.startsWith('0000')) continue;
    if (!labelBefore(text, m.index, KPP_LABEL)) continue;
    found.push(
      span(text, m.index, m.index + m[0].length, 'kpp', value, 'identifiers/kpp', 0.85, {
        taxOffice: value.slice(0, 4),
      }),
    );
  }
  return found;
};
