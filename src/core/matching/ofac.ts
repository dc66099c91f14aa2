/**
 * The `ofac` algorithm: a reproduction of the documented method of OFAC's Sanctions List Search,
 * so that users can compare Dossier's scores with the ones they know. OFAC describes its tool as
 * character-based (Jaro-Winkler) and phonetic (Soundex) matching of the name only; the score is the
 * better of the whole-name Jaro-Winkler and the mean of each query word's best Jaro-Winkler against
 * the candidate's words. No transliteration: OFAC's tool works on Latin text.
 */
import type { Scored } from './algorithm.js';
import type { PreparedEntity } from './prepare.js';
import { jaroWinkler } from './similarity.js';
import { soundex } from '../names/index.js';
import type { AlgorithmInfo, WeightOverrides } from './types.js';

export const OFAC_ALGORITHM: AlgorithmInfo = {
  name: 'ofac',
  version: '1.0.0',
  description:
    "Emulates OFAC's Sanctions List Search: Jaro-Winkler over the whole name and word by word, " +
    'with Soundex for words that sound alike; names only, Latin script only.',
  features: {
    name_jaro_winkler: { weight: 1, description: 'Jaro-Winkler of whole names and of words' },
  },
};

function words(text: string): string[] {
  return text.split(' ').filter((w) => w.length > 0);
}

/** Each query word's best Jaro-Winkler against the candidate's words, averaged. */
function wordScore(query: string[], candidate: string[]): number {
  const used = query.filter((w) => w.length > 2);
  if (used.length === 0 || candidate.length === 0) return 0;
  let sum = 0;
  for (const q of used) {
    const code = soundex(q);
    let best = 0;
    for (const c of candidate) {
      let s = jaroWinkler(q, c);
      // Words that sound alike score as near matches even when spelled apart.
      if (s < 0.9 && code !== '' && code === soundex(c)) s = Math.max(s, 0.9);
      if (s > best) best = s;
    }
    sum += best;
  }
  return sum / used.length;
}

export function ofacNameScore(query: string, candidate: string): number {
  const q = words(query);
  const c = words(candidate);
  const whole = query[0] === candidate[0] ? jaroWinkler(q.join(' '), c.join(' ')) : 0;
  return Math.max(whole, wordScore(q, c));
}

export function scoreOfac(
  q: PreparedEntity,
  c: PreparedEntity,
  weights: WeightOverrides = {},
): Scored {
  const weight = weights.name_jaro_winkler ?? 1;
  let best = 0;
  let pair: [string, string] = ['', ''];
  // OFAC's tool reads Latin text only: forms in a name's own script or consonant skeletons are
  // Dossier's additions and have no place in its method.
  const latin = (forms: PreparedEntity['names']) => forms.filter((f) => !f.native && !f.skeletal);
  for (const qn of latin(q.names)) {
    for (const cn of latin(c.names)) {
      const s = ofacNameScore(qn.tokens.join(' '), cn.tokens.join(' '));
      if (s > best) {
        best = s;
        pair = [qn.original, cn.original];
      }
    }
  }
  if (best === 0) return { score: 0, explanations: {} };
  return {
    score: Math.min(1, Math.max(0, best * weight)),
    explanations: {
      name_jaro_winkler: {
        detail: 'Jaro-Winkler of the names and their words, Soundex for sound-alikes',
        score: best,
        weight,
        query: pair[0],
        candidate: pair[1],
      },
    },
  };
}
