/**
 * Romanisation tables for Cyrillic. Each system is a full letter table plus the positional rules
 * it uses; the letters that differ between systems are what produces the variants.
 *
 * Sources of the letter values: BGN/PCGN 1947 (Russian), 2019 (Ukrainian), 1979 (Belarusian);
 * ISO 9:1995 with its diacritics folded to ASCII; ICAO Doc 9303 (2015) for passports; the
 * Ukrainian national system (KMU 2010) and the Belarusian national system (2007).
 */

export interface CyrillicSystem {
  readonly name: string;
  /** The value of each lower-case letter anywhere in a word. */
  readonly letters: Readonly<Record<string, string>>;
  /** Values at the start of a word (Ukrainian є ye but ie inside a word). */
  readonly initial?: Readonly<Record<string, string>>;
  /** Values after a vowel or a hard or soft sign (Russian е → ye: Sergeyev). */
  readonly afterVowel?: Readonly<Record<string, string>>;
  /** Two-letter sequences at the end of a word (-ий → -y in Dmitry). */
  readonly endings?: Readonly<Record<string, string>>;
  /** Two-letter sequences anywhere (кс → x in Alexander). */
  readonly pairs?: Readonly<Record<string, string>>;
  /** The soft sign before и, written y in English (Ilyich, Ilyin). */
  readonly softSignBeforeI?: string;
  /**
   * Undo Belarusian dzekanne and tsekanne (дз, ц where Russian has д, т before front vowels),
   * which gives the Russian-form spelling that many lists use for Belarusian names.
   */
  readonly undoDzekanne?: boolean;
}

// Letters written the same in every system, including those of Serbian, Macedonian and the
// Cyrillic-script Turkic and Iranian languages, so that their names do not pass through raw.
const SHARED: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  э: 'e',
  ъ: '',
  ь: '',
  і: 'i',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  "'": '',
  ʼ: '',
  '’': '',
};

function system(
  name: string,
  letters: Record<string, string>,
  rules: Omit<CyrillicSystem, 'name' | 'letters'> = {},
): CyrillicSystem {
  return { name, letters: { ...SHARED, ...letters }, ...rules };
}

const RU_COMMON = { ж: 'zh', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y' };

/** Russian, in the order their variants are listed. */
export const RUSSIAN: readonly CyrillicSystem[] = [
  system(
    'bgn-pcgn',
    { ...RU_COMMON, е: 'e', ё: 'e', й: 'y', ю: 'yu', я: 'ya' },
    { initial: { е: 'ye', ё: 'ye' }, afterVowel: { е: 'ye', ё: 'ye' } },
  ),
  system(
    'english',
    { ...RU_COMMON, е: 'e', ё: 'yo', й: 'y', ю: 'yu', я: 'ya' },
    {
      initial: { е: 'ye' },
      afterVowel: { е: 'ye' },
      endings: { ий: 'y', ый: 'y', ия: 'ia' },
      pairs: { кс: 'x' },
      softSignBeforeI: 'y',
    },
  ),
  system('icao', { ...RU_COMMON, е: 'e', ё: 'e', й: 'i', ъ: 'ie', ю: 'iu', я: 'ia' }),
  system('iso9-ascii', {
    е: 'e',
    ё: 'e',
    ж: 'z',
    й: 'j',
    х: 'h',
    ц: 'c',
    ч: 'c',
    ш: 's',
    щ: 's',
    ы: 'y',
    ю: 'u',
    я: 'a',
  }),
  system(
    'continental',
    { ...RU_COMMON, ж: 'j', х: 'h', ц: 'tz', щ: 'sch', е: 'e', ё: 'jo', й: 'j', ю: 'ju', я: 'ja' },
    { initial: { е: 'je' }, afterVowel: { е: 'je' }, endings: { ий: 'i', ый: 'i' } },
  ),
];

const UK_COMMON = {
  г: 'h',
  ґ: 'g',
  ж: 'zh',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  и: 'y',
};

/** Ukrainian: the national system first, as Ukrainian passports and official lists use it. */
export const UKRAINIAN: readonly CyrillicSystem[] = [
  system(
    'ukraine-national',
    { ...UK_COMMON, е: 'e', є: 'ie', і: 'i', ї: 'i', й: 'i', ю: 'iu', я: 'ia' },
    { initial: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }, pairs: { зг: 'zgh' } },
  ),
  system('bgn-pcgn', { ...UK_COMMON, е: 'e', є: 'ye', і: 'i', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }),
  system(
    'russian-style',
    { ...UK_COMMON, г: 'g', и: 'i', е: 'e', є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
    { endings: { ий: 'iy' } },
  ),
  system('iso9-ascii', {
    г: 'g',
    ґ: 'g',
    е: 'e',
    є: 'e',
    ж: 'z',
    и: 'i',
    ї: 'i',
    й: 'j',
    х: 'h',
    ц: 'c',
    ч: 'c',
    ш: 's',
    щ: 's',
    ю: 'u',
    я: 'a',
  }),
];

const BE_COMMON = { г: 'h', ы: 'y', э: 'e', ш: 'sh', ю: 'yu', я: 'ya' };

/** Belarusian: BGN/PCGN, the national system folded to ASCII, and the Russian-form spelling. */
export const BELARUSIAN: readonly CyrillicSystem[] = [
  system(
    'bgn-pcgn',
    { ...BE_COMMON, е: 'e', ё: 'yo', ж: 'zh', й: 'y', ў: 'w', х: 'kh', ц: 'ts', ч: 'ch' },
    { initial: { е: 'ye' }, afterVowel: { е: 'ye' } },
  ),
  system(
    'russian-form',
    { ...BE_COMMON, г: 'g', е: 'e', ё: 'e', ж: 'zh', й: 'y', ў: 'v', х: 'kh', ц: 'ts', ч: 'ch' },
    { undoDzekanne: true },
  ),
  system(
    'belarus-national',
    {
      ...BE_COMMON,
      е: 'ie',
      ё: 'io',
      ж: 'z',
      й: 'j',
      ў: 'u',
      х: 'ch',
      ц: 'c',
      ч: 'c',
      ш: 's',
      ю: 'iu',
      я: 'ia',
    },
    { initial: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' }, afterVowel: { е: 'je', ё: 'jo' } },
  ),
];
