/**
 * Chinese organisation names read as the English lists write them. A list translates the
 * business words and romanises the rest: 厦门林巴赫航空发动机有限公司 is listed as "XIAMEN LIMBACH
 * AIRCRAFT ENGINE CO., LTD.", 丹东东源实业有限公司 as "DANDONG DONGYUAN INDUSTRIAL CO., LTD.".
 * Pinyin of every character (xiamenlinbahehangkongfadongji) reaches neither, so the name is
 * read in parts:
 *
 * - generic words (实业, 航空, 发动机, 进出口, 公安局 …; see generic-data-*.ts) become their
 *   canonical English concept, which the English listing's words map to as well;
 * - the other characters are cut into words by pinyin-pro's dictionary segmenter, and each word
 *   is written in pinyin as one token (厦门 → xiamen, 东源 → dongyuan);
 * - a run of characters that the dictionary does not know as words is often a foreign trade
 *   name transcribed by sound (林巴赫 Limbach): it is also read back towards its source
 *   spelling, as foreign personal names are (see names/chinese-transcription.ts).
 *
 * @example hanOrgReadings('厦门林巴赫航空发动机') // ['xiamen linbahe aviation engine', 'xiamen limbah aviation engine']
 */
import { pinyin, segment } from 'pinyin-pro';
import { transcriptionReadings } from '../names/index.js';
import { canonicalGenericTokens } from './generic.js';

const HAN = /\p{Script=Han}/u;

function pinyinWord(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array' })
    .map((s) => s.replace('ü', 'u'))
    .join('');
}

/** A run of Han characters as pinyin words, and with unknown runs read as transcriptions. */
function runReadings(run: string): [string[], string[]] {
  const words = segment(run).map((part) => part.origin);
  const plain: string[] = [];
  const transcribed: string[] = [];
  let loose = '';
  const flush = () => {
    if (loose === '') return;
    plain.push(pinyinWord(loose));
    transcribed.push(
      loose.length > 1 ? (transcriptionReadings([loose])[0] ?? '') : pinyinWord(loose),
    );
    loose = '';
  };
  for (const word of words) {
    if (word.length === 1 && HAN.test(word)) {
      loose += word;
      continue;
    }
    flush();
    plain.push(pinyinWord(word));
    transcribed.push(pinyinWord(word));
  }
  flush();
  return [plain, transcribed];
}

/**
 * Latin readings of an organisation name in Chinese characters, with its business words in
 * English (see above); [] for a name without Han characters or without a generic word.
 */
export function hanOrgReadings(name: string): string[] {
  if (!HAN.test(name)) return [];
  const tokens = canonicalGenericTokens(name);
  if (!tokens.some((t) => t.generic)) return [];
  const plain: string[] = [];
  const transcribed: string[] = [];
  let run = '';
  const flush = () => {
    if (run === '') return;
    const [p, t] = runReadings(run);
    plain.push(...p);
    transcribed.push(...t);
    run = '';
  };
  for (const token of tokens) {
    if (token.cjk && !token.generic) {
      run += token.token;
      continue;
    }
    flush();
    const word = token.generic ? token.token.replaceAll('_', ' ') : token.token;
    plain.push(word);
    transcribed.push(word);
  }
  flush();
  return [...new Set([plain.join(' '), transcribed.join(' ')])].filter((r) => r.trim() !== '');
}
