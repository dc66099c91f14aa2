/**
 * What to install when OCR cannot run: Debian names each Tesseract language pack
 * `tesseract-ocr-<name>` with `_` written `-` (chi_sim -> tesseract-ocr-chi-sim).
 */

/** The languages Dossier reads by default and the packages `.ci/run` installs. */
export const DEFAULT_OCR_LANGUAGES = 'rus+chi_sim+eng';
const ALL_PACKS = ['rus', 'chi_sim', 'chi_tra', 'eng'];

export function debianPackage(language: string): string {
  return `tesseract-ocr-${language.toLowerCase().replaceAll('_', '-')}`;
}

export function missingTesseractMessage(): string {
  const packages = ['tesseract-ocr', ...ALL_PACKS.map(debianPackage)].join(' ');
  return (
    'Tesseract is not installed, so scans and images cannot be read (text documents still are): ' +
    `install it with \`apt-get install ${packages}\`.`
  );
}

export function missingLanguagesMessage(missing: string[], installed: string[]): string {
  if (missing.length === 0)
    return 'No OCR language was given: name one or more, e.g. rus+chi_sim+eng.';
  const known = installed.filter((name) => name !== 'osd').join(', ') || 'none';
  return (
    `Tesseract has no language data for ${missing.join(', ')} (installed: ${known}): ` +
    `install it with \`apt-get install ${missing.map(debianPackage).join(' ')}\`.`
  );
}
