/**
 * Jurisdictions that US authorities named as transshipment points for items diverted to Russia and
 * Belarus, kept as data, each with the document that names it:
 *
 * - FIN-2022-Alert003, FinCEN and BIS joint alert of 28 June 2022 ("Urge Increased Vigilance for
 *   Potential Russian and Belarusian Export Control Evasion Attempts"): "common transshipment
 *   points" that "include but are not limited to" eighteen jurisdictions, Armenia to Uzbekistan
 *   below. Checked against the alert's list as quoted word for word by several reports of July
 *   2022 (bm.ge, asiaplus.tj, eurasianet.org, tashkenttimes.uz, qazmonitor.com), which agree with
 *   each other and with ../shared/docs/anchors/platforms.md section 5.2; the alert's own text was
 *   not at hand.
 * - Tri-seal compliance note of 2 March 2023 (Commerce, Treasury and Justice, "Cracking Down on
 *   Third-Party Intermediaries Used to Evade Russia-Related Sanctions and Export Controls"): its
 *   red flag on routing through transshipment points names China with Hong Kong and Macau, and
 *   jurisdictions close to Russia (Armenia, Turkey and Uzbekistan), per a law firm's summary
 *   (lidings.com: "expanded by Hong Kong, Macau and Uzbekistan"); the note's text was not at hand.
 * - FIN-2023-Alert004, the supplemental joint alert of 19 May 2023, adds red flags and nine HS
 *   codes, and no list of transshipment points that could be checked here: no entry cites it. The
 *   third joint alert (6 November 2023, key term FIN-2023-GLOBALEXPORT) is about evasion worldwide
 *   and names none either.
 *
 * The alerts say their lists are not exhaustive and that patterns shift; the flag rules take the
 * list as a parameter, so a user can pass their own.
 */

export interface Jurisdiction {
  code: string;
  name: string;
  /** The documents that name it, by number and date. */
  source: string;
}

const ALERT_2022 = 'FinCEN/BIS alert FIN-2022-Alert003 (2022-06-28)';
const TRI_SEAL = 'the tri-seal compliance note of 2023-03-02';
const BOTH = `${ALERT_2022} and ${TRI_SEAL}`;

export const TRANSSHIPMENT_JURISDICTIONS: readonly Jurisdiction[] = [
  { code: 'am', name: 'Armenia', source: BOTH },
  { code: 'ae', name: 'United Arab Emirates', source: ALERT_2022 },
  { code: 'br', name: 'Brazil', source: ALERT_2022 },
  { code: 'cn', name: 'China', source: BOTH },
  { code: 'ge', name: 'Georgia', source: ALERT_2022 },
  { code: 'hk', name: 'Hong Kong', source: TRI_SEAL },
  { code: 'in', name: 'India', source: ALERT_2022 },
  { code: 'il', name: 'Israel', source: ALERT_2022 },
  { code: 'kz', name: 'Kazakhstan', source: ALERT_2022 },
  { code: 'kg', name: 'Kyrgyzstan', source: ALERT_2022 },
  { code: 'mo', name: 'Macau', source: TRI_SEAL },
  { code: 'mx', name: 'Mexico', source: ALERT_2022 },
  { code: 'ni', name: 'Nicaragua', source: ALERT_2022 },
  { code: 'rs', name: 'Serbia', source: ALERT_2022 },
  { code: 'sg', name: 'Singapore', source: ALERT_2022 },
  { code: 'za', name: 'South Africa', source: ALERT_2022 },
  { code: 'tw', name: 'Taiwan', source: ALERT_2022 },
  { code: 'tj', name: 'Tajikistan', source: ALERT_2022 },
  { code: 'tr', name: 'Turkey', source: BOTH },
  { code: 'uz', name: 'Uzbekistan', source: BOTH },
];

/** The countries whose goods the alerts are about: a route ending here is what they describe. */
export const DIVERSION_DESTINATIONS: ReadonlySet<string> = new Set(['ru', 'by']);
