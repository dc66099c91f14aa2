/**
 * UN Security Council reference numbers in one form, so that a list citing an entry's UN
 * reference meets the UN list's own REFERENCE_NUMBER. The UN writes them "QDi.304": a regime
 * code, `i` for an individual or `e` for an entity, a three-digit serial. Older lists (the UK
 * consolidated list of 2018 among them) still cite the references the 1267 and 1988 committees
 * used before 2014, "QI.A.304.12": Q (Al-Qaida) or T (Taliban), I or E, the initial of the name,
 * the same serial, the year of listing. The committees kept the serials when they renamed the
 * references (QI.A.6.01 became QDi.006), so the serial carries over.
 */

/**
 * Old regime letter → current regime code. Source: the UN Security Council's consolidated list,
 * whose entries for the 1267 (ISIL (Da'esh) and Al-Qaida, "QD") and 1988 (Taliban, "TA")
 * committees replaced the older forms in 2014; checked on the shared data, where every UK entry
 * citing an old reference that the 2026 UN list holds under the new one names the same party.
 */
const OLD_REGIMES: Readonly<Record<string, string>> = { Q: 'QD', T: 'TA' };

const CURRENT = /^([A-Z]{2})([IE])[.\s]*(\d{1,3})$/i;
const OLD = /^([QT])([IE])\.[A-Z]\.(\d{1,3})\.\d{2}$/i;

/** The reference in the UN's current form ("QDi.304"), or null when it is not one. */
export function canonicalUnRef(raw: string): string | null {
  const text = raw.trim().replace(/\.+$/, '');
  const current = CURRENT.exec(text);
  if (current) {
    const [, regime, kind, serial] = current;
    return `${regime!.toUpperCase()}${kind!.toLowerCase()}.${serial!.padStart(3, '0')}`;
  }
  const old = OLD.exec(text);
  if (old) {
    const [, letter, kind, serial] = old;
    const regime = OLD_REGIMES[letter!.toUpperCase()]!;
    return `${regime}${kind!.toLowerCase()}.${serial!.padStart(3, '0')}`;
  }
  return null;
}
