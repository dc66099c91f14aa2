/**
 * Hanyu Pinyin → Wade-Giles, the romanisation of older lists and of Taiwan (Mao Tse-tung,
 * Teng Hsiao-ping). Apostrophes (aspiration) and umlauts are folded away, so p'ing is ping.
 */
import { lookupTable } from '../normalise/text.js';

const WHOLE = lookupTable({
  zhi: 'chih',
  chi: 'chih',
  shi: 'shih',
  ri: 'jih',
  zi: 'tzu',
  ci: 'tzu',
  si: 'ssu',
  er: 'erh',
  yi: 'i',
  you: 'yu',
  yan: 'yen',
  ye: 'yeh',
  yong: 'yung',
  yue: 'yueh',
  e: 'o',
});

// Pinyin initials, longest first so that zh is not read as z, with their Wade-Giles values.
const INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['zh', 'ch'],
  ['ch', 'ch'],
  ['sh', 'sh'],
  ['b', 'p'],
  ['d', 't'],
  ['g', 'k'],
  ['j', 'ch'],
  ['q', 'ch'],
  ['x', 'hs'],
  ['r', 'j'],
  ['z', 'ts'],
  ['c', 'ts'],
  ...Array.from('pmftnlkhswy', (letter) => [letter, letter] as const),
];

function finalOf(final: string, pinyinInitial: string): string {
  if (final === 'ong') return 'ung';
  if (final === 'iong') return 'iung';
  if (final === 'ian') return 'ien';
  if (final === 'ie') return 'ieh';
  if (final === 'ue' || final === 'üe') return 'ueh';
  if (final === 'ui') return 'uei';
  if (final === 'e' && 'gkh'.includes(pinyinInitial)) return 'o';
  return final.replace('ü', 'u');
}

/** One toneless pinyin syllable in Wade-Giles, folded to ASCII. */
export function pinyinToWadeGiles(syllable: string): string {
  const whole = WHOLE[syllable];
  if (whole !== undefined) return whole;
  for (const [pinyinInitial, wade] of INITIALS) {
    if (syllable.startsWith(pinyinInitial) && syllable.length > pinyinInitial.length) {
      return wade + finalOf(syllable.slice(pinyinInitial.length), pinyinInitial);
    }
  }
  return finalOf(syllable, '');
}
