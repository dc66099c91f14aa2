/**
 * Ships: IMO numbers (7 digits, check digit; ship and company numbers) after "IMO", and MMSI
 * (9 digits, no check) after "MMSI", whose first three digits name the flag state.
 */
import { imoKind } from '../../identifiers/index.js';
import type { Extracted, Extractor } from '../types.js';
import { IMO_LABEL, MMSI_LABEL } from './labels.js';
import { midCountry } from './mid.js';
import { FOLD_PENALTY } from './ocr.js';
import { digitRuns, labelBefore, span } from './scan.js';

/**
 * One 7-digit number in ten passes the ship check, so a bare number is not called an IMO number:
 * the label (IMO, IMO No., ИМО) is required.
 */
export const extractImo: Extractor = (text) => {
  const found: Extracted[] = [];
  for (const run of digitRuns(text, [7], { maxFolded: 1 })) {
    const kind = imoKind(run.digits);
    if (kind === null || !labelBefore(text, run.start, IMO_LABEL)) continue;
    const confidence = 0.97 - (run.folded > 0 ? FOLD_PENALTY : 0);
    found.push(
      span(text, run.start, run.end, 'imo', run.digits, 'identifiers/imo', confidence, {
        holder: kind,
      }),
    );
  }
  return found;
};

/**
 * A ship station's MMSI starts with a MID (2xx-7xx). Coast stations (00), groups (0) and
 * search-and-rescue craft (111) are not vessels and are left out.
 */
export const extractMmsi: Extractor = (text) => {
  const found: Extracted[] = [];
  for (const run of digitRuns(text, [9], { maxFolded: 1 })) {
    if (!/^[2-7]/.test(run.digits) || !labelBefore(text, run.start, MMSI_LABEL)) continue;
    const country = midCountry(run.digits.slice(0, 3));
    let confidence = country === null ? 0.6 : 0.9;
    if (run.folded > 0) confidence -= FOLD_PENALTY;
    const details: Record<string, string> = { mid: run.digits.slice(0, 3) };
    if (country !== null) details.country = country;
    found.push(
      span(text, run.start, run.end, 'mmsi', run.digits, 'identifiers/mmsi', confidence, details),
    );
  }
  return found;
};
