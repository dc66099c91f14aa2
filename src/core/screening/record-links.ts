/**
 * Where a reviewer reads a listed party's official record, by the prefix of the entity IDs each
 * list source gives (src/sources/<source>/map.ts). Data, not code: `{id}` is the rest of the
 * entity ID after the prefix. Where a publisher has no page per entry, the link is its list page.
 * A `sourceUrl` that the list gives on the entry or its Sanction is taken before this table.
 */
export interface RecordLink {
  prefix: string;
  /** A URL pattern; `{id}` is the entry's own number. */
  url: string;
  /** Whether the URL names the entry (true) or only the list it is on (false). */
  perEntry: boolean;
  publisher: string;
}

export const RECORD_LINKS: readonly RecordLink[] = [
  // OFAC Sanctions List Search: its detail pages take the entry's UID (sdnEntry uid, the CSV's
  // ent_num, the advanced XML's FixedRef), the number in `ofac-<uid>`. Pattern read from the links
  // the search's result list makes (https://sanctionssearch.ofac.treas.gov/).
  {
    prefix: 'ofac-',
    url: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id={id}',
    perEntry: true,
    publisher: 'OFAC Sanctions List Search',
  },
  // UN Security Council Consolidated List: the XML carries no per-entry URL (its DATAID is not a
  // page), so the link is the list's page on the UN site.
  {
    prefix: 'unsc-',
    url: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
    perEntry: false,
    publisher: 'UN Security Council Consolidated List',
  },
  // UK Sanctions List (FCDO): published as files; the list's page on GOV.UK.
  {
    prefix: 'gb-fcdo-',
    url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    perEntry: false,
    publisher: 'UK Sanctions List (FCDO)',
  },
  // OFSI Consolidated List of Financial Sanctions Targets: the list's page on GOV.UK.
  {
    prefix: 'gb-hmt-',
    url: 'https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets',
    perEntry: false,
    publisher: 'OFSI Consolidated List (HM Treasury)',
  },
  // EU Financial Sanctions Files: the Commission's download page (entries cite their OJ act,
  // which the list's publicationUrl gives as sourceUrl when present).
  {
    prefix: 'eu-fsf-',
    url: 'https://webgate.ec.europa.eu/fsd/fsf',
    perEntry: false,
    publisher: 'EU Financial Sanctions Files',
  },
];

export interface RecordLinkFound {
  url: string;
  label: string;
}

/** The link to a listed entity's official record: the list's own URL, else the table's. */
export function recordLink(
  entityId: string,
  sourceUrls: readonly string[],
): RecordLinkFound | null {
  const link = RECORD_LINKS.find((l) => entityId.startsWith(l.prefix));
  const given = sourceUrls.find((u) => /^https?:\/\//i.test(u));
  if (given) return { url: given, label: `${link?.publisher ?? 'The list'}: the entry's own link` };
  if (!link) return null;
  const id = encodeURIComponent(entityId.slice(link.prefix.length));
  const url = link.url.replace('{id}', id);
  const label = link.perEntry ? `${link.publisher}: entry ${id}` : `${link.publisher} (list page)`;
  return { url, label };
}
