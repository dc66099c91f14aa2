/**
 * Russian letter frequencies in running text, per cent, used to tell which single-byte code page
 * a Cyrillic file is in: read in the wrong one, the letters come out permuted, and rare letters
 * and mid-word capitals take the place of frequent lower-case ones. Figures from the Russian
 * National Corpus letter counts (as tabulated in Wikipedia's "Russian alphabet" article); only
 * their order of magnitude matters here.
 */
export const RUSSIAN_LETTER_FREQUENCY: Readonly<Record<string, number>> = {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
};
