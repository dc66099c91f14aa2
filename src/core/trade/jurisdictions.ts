/**
 * Jurisdictions that US authorities named as common transshipment points for items diverted to
 * Russia and Belarus, kept as data. Documents:
 * - FinCEN and BIS joint alert FIN-2022-Alert003, 28 June 2022;
 * - Commerce, Treasury and Justice tri-seal compliance note, 2 March 2023 ("Cracking Down on
 *   Third-Party Intermediaries Used to Evade Russia-Related Sanctions and Export Controls");
 * - FinCEN and BIS supplemental alert FIN-2023-NTC2, 19 May 2023.
 * The texts of these documents were not at hand when this table was written: the countries come
 * from their published summaries, and which document names which country is unverified. Check
 * the current alerts before relying on a country's presence or absence; a user can pass their own
 * list to the flag rules.
 */

export interface Jurisdiction {
  code: string;
  name: string;
  /** Where the alerts name it. */
  source: string;
}

const ALERTS = 'FinCEN/BIS alerts of 2022-06-28 and 2023-05-19, tri-seal note of 2023-03-02';

export const TRANSSHIPMENT_JURISDICTIONS: readonly Jurisdiction[] = [
  { code: 'am', name: 'Armenia', source: ALERTS },
  { code: 'ae', name: 'United Arab Emirates', source: ALERTS },
  { code: 'br', name: 'Brazil', source: ALERTS },
  { code: 'cn', name: 'China', source: ALERTS },
  { code: 'ge', name: 'Georgia', source: ALERTS },
  { code: 'hk', name: 'Hong Kong', source: ALERTS },
  { code: 'in', name: 'India', source: ALERTS },
  { code: 'il', name: 'Israel', source: ALERTS },
  { code: 'kz', name: 'Kazakhstan', source: ALERTS },
  { code: 'kg', name: 'Kyrgyzstan', source: ALERTS },
  { code: 'mx', name: 'Mexico', source: ALERTS },
  { code: 'ni', name: 'Nicaragua', source: ALERTS },
  { code: 'rs', name: 'Serbia', source: ALERTS },
  { code: 'sg', name: 'Singapore', source: ALERTS },
  { code: 'za', name: 'South Africa', source: ALERTS },
  { code: 'tw', name: 'Taiwan', source: ALERTS },
  { code: 'tj', name: 'Tajikistan', source: ALERTS },
  { code: 'tr', name: 'Turkey', source: ALERTS },
  { code: 'uz', name: 'Uzbekistan', source: ALERTS },
];

/** The countries whose goods the alerts are about: a route ending here is what they describe. */
export const DIVERSION_DESTINATIONS: ReadonlySet<string> = new Set(['ru', 'by']);
