/**
 * Chinese names written in Cyrillic, read back to pinyin: Си Цзиньпин → xi jinping, Ли Фанвэй →
 * li fangwei. Russian writes Chinese by the Palladius system (P. I. Kafarov's transcription of
 * 1860, the standard of Russian sinology, the press and Russian documents), one Cyrillic
 * spelling per Mandarin syllable, so a Russian reading of such a name (Si Tszinpin) is far from
 * the pinyin the lists use. The system is read backwards, syllable by syllable, from its initials
 * and finals (tables below); a name is read this way only when its first word is a common Chinese
 * family name and every word is made wholly of Palladius syllables.
 */

/** Palladius initials, longest first → pinyin: plain, and before i and ü (цз → j, ц → q, с → x). */
const INITIALS: readonly [string, string, string][] = [
  ['чж', 'zh', 'zh'],
  ['цз', 'z', 'j'],
  ['ч', 'ch', 'q'],
  ['ц', 'c', 'q'],
  ['ш', 'sh', 'sh'],
  ['ж', 'r', 'r'],
  ['с', 's', 'x'],
  ['б', 'b', 'b'],
  ['п', 'p', 'p'],
  ['м', 'm', 'm'],
  ['ф', 'f', 'f'],
  ['д', 'd', 'd'],
  ['т', 't', 't'],
  ['н', 'n', 'n'],
  ['л', 'l', 'l'],
  ['г', 'g', 'g'],
  ['к', 'k', 'k'],
  ['х', 'h', 'h'],
];

/**
 * Palladius finals after an initial → pinyin finals; those starting with i or u-umlaut (ü,
 * written u in j, q, x syllables) make цз, ц, с palatal. After чж, ч, ш, ж the final и is the
 * apical i (zhi, shi); after цз, ц, с it is written ы (zi, ci, si).
 */
const FINALS: readonly [string, string][] = [
  ['уань', 'uan'],
  ['юань', 'üan'],
  ['уай', 'uai'],
  ['уан', 'uang'],
  ['янь', 'ian'],
  ['юнь', 'ün'],
  ['ань', 'an'],
  ['энь', 'en'],
  ['инь', 'in'],
  ['унь', 'un'],
  ['яо', 'iao'],
  ['ян', 'iang'],
  ['ин', 'ing'],
  ['юн', 'iong'],
  ['юй', 'ü'],
  ['юэ', 'üe'],
  ['ай', 'ai'],
  ['ан', 'ang'],
  ['ао', 'ao'],
  ['оу', 'ou'],
  ['эй', 'ei'],
  ['эн', 'eng'],
  ['эр', 'er'],
  ['уа', 'ua'],
  ['уо', 'uo'],
  ['уй', 'ui'],
  ['ун', 'ong'],
  ['а', 'a'],
  ['о', 'uo'],
  ['э', 'e'],
  ['и', 'i'],
  ['ы', 'i'],
  ['я', 'ia'],
  ['е', 'ie'],
  ['ю', 'iu'],
  ['у', 'u'],
];

/** Syllables without an initial, whole. */
const BARE: readonly [string, string][] = [
  ['вэнь', 'wen'],
  ['юань', 'yuan'],
  ['вань', 'wan'],
  ['янь', 'yan'],
  ['инь', 'yin'],
  ['юнь', 'yun'],
  ['ань', 'an'],
  ['энь', 'en'],
  ['вай', 'wai'],
  ['ван', 'wang'],
  ['вэй', 'wei'],
  ['вэн', 'weng'],
  ['яо', 'yao'],
  ['ян', 'yang'],
  ['ин', 'ying'],
  ['юн', 'yong'],
  ['юй', 'yu'],
  ['юэ', 'yue'],
  ['ай', 'ai'],
  ['ан', 'ang'],
  ['ао', 'ao'],
  ['оу', 'ou'],
  ['эр', 'er'],
  ['ва', 'wa'],
  ['во', 'wo'],
  ['а', 'a'],
  ['о', 'o'],
  ['э', 'e'],
  ['и', 'yi'],
  ['я', 'ya'],
  ['е', 'ye'],
  ['ю', 'you'],
  ['у', 'wu'],
];

/** bo, po, mo, fo: Palladius о after a labial is pinyin o, not uo. */
const LABIALS = new Set(['b', 'p', 'm', 'f']);
const APICAL_I = new Set(['zh', 'ch', 'sh', 'r']);
const SIBILANTS = new Set(['z', 'c', 's']);

/**
 * Common Chinese family names in pinyin, the first word of a name read this way: the commonest
 * hundred or so, written for this project (a name with a rarer family name keeps its Russian
 * reading only).
 */
const FAMILY_NAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng ' +
    'liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye ' +
    'cheng su wei lu ding ren shen yao jin fu xue yan zhong lu wan tan shi qiu qin gu hou shao ' +
    'meng long duan lei qian kong bai cui kang mao jia xing xiong hao qi yi dai fan fang mo xiang ' +
    'niu wen bao ge ou jiao tao yin qiao chang lai gong zou xi xia zhuang tong ni'
  ).split(' '),
);

/** One syllable at `at`: [pinyin, length], longest first; several where the text is ambiguous. */
function syllablesAt(word: string, at: number): [string, number][] {
  const out: [string, number][] = [];
  for (const [text, pinyin] of BARE) {
    if (word.startsWith(text, at)) out.push([pinyin, text.length]);
  }
  for (const [text, plain, palatal] of INITIALS) {
    if (!word.startsWith(text, at)) continue;
    for (const [cyrillic, final] of FINALS) {
      if (!word.startsWith(cyrillic, at + text.length)) continue;
      // ы follows only z, c, s; и after z, c, s is the palatal i of j, q, x.
      if (cyrillic === 'ы' && !SIBILANTS.has(plain)) continue;
      const front = final.startsWith('i') || final.startsWith('ü');
      const apical = cyrillic === 'ы' || (cyrillic === 'и' && APICAL_I.has(plain));
      const initial = front && !apical ? palatal : plain;
      let spelled = final;
      if (final === 'uo' && cyrillic === 'о' && LABIALS.has(initial)) spelled = 'o';
      // ü is written u after j, q, x (and y), and folded to u after n and l, as lists write it.
      spelled = spelled.replace('ü', 'u');
      out.push([initial + spelled, text.length + cyrillic.length]);
    }
    break;
  }
  return out.sort((a, b) => b[1] - a[1]);
}

/** A word as pinyin syllables, or null if it is not made of Palladius syllables. */
function parseWord(word: string, at = 0): string[] | null {
  if (at === word.length) return [];
  for (const [pinyin, length] of syllablesAt(word, at)) {
    const rest = parseWord(word, at + length);
    if (rest) return [pinyin, ...rest];
  }
  return null;
}

/**
 * Pinyin spellings of a Chinese name written in Cyrillic (given name joined, then split), or []
 * when the text is not shaped like one.
 *
 * @example chineseFromCyrillic('Си Цзиньпин') // ['xi jinping', 'xi jin ping']
 */
export function chineseFromCyrillic(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[\s\-‐–,.]+/)
    .filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 4) return [];
  const parsed = words.map((word) => parseWord(word));
  const family = parsed[0];
  if (family?.length !== 1 || !FAMILY_NAMES.has(family[0]!)) return [];
  if (parsed.some((p) => p === null)) return [];
  const given = parsed.slice(1) as string[][];
  const count = given.reduce((n, p) => n + p.length, 0);
  if (count < 1 || count > 3) return [];
  return [
    `${family[0]} ${given.map((p) => p.join('')).join('')}`,
    `${family[0]} ${given.flat().join(' ')}`,
  ].filter((v, i, all) => all.indexOf(v) === i);
}
