/**
 * A page's text cut into runs for highlighting: mentions overlap (an organisation's name holds an
 * INN, a date sits in a contract number) and the requested span may cut across them, so the text
 * is split at every start and end (and at line breaks inside a mark), and each run knows every
 * mark that covers it. Offsets are
 * UTF-16 code units into the stored text, end exclusive, as the server gives them.
 */

export interface Mark {
  /** A mention's id, or "requested" for the span asked for in the address. */
  id: string;
  start: number;
  end: number;
  kind: string;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  /** The marks covering the run, the narrowest first (the one a click on it means). */
  marks: Mark[];
}

/** The text as runs; marks outside the text are clipped, empty ones dropped. */
export function runs(text: string, marks: readonly Mark[]): Run[] {
  const clipped = marks
    .map((m) => ({
      ...m,
      start: Math.max(0, Math.min(text.length, m.start)),
      end: Math.max(0, Math.min(text.length, m.end)),
    }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of clipped) {
    cuts.add(m.start);
    cuts.add(m.end);
    // A line break inside a mark is a run of its own, so that no highlight spans two lines as
    // one block (a button cannot wrap as inline text does).
    for (
      let at = text.indexOf('\n', m.start);
      at >= 0 && at < m.end;
      at = text.indexOf('\n', at + 1)
    ) {
      cuts.add(at);
      cuts.add(at + 1);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = clipped
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    out.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return out;
}

/** A span from the address (?start=S&end=E), or null when absent or not a span. */
export function requestedSpan(query: URLSearchParams): { start: number; end: number } | null {
  const start = Number(query.get('start'));
  const end = Number(query.get('end'));
  if (!query.has('start') || !query.has('end')) return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return null;
  return { start, end };
}

/** The page asked for (1-based), kept within the document's pages. */
export function requestedPage(query: URLSearchParams, pages: number): number {
  const page = Number(query.get('page') ?? 1);
  if (!Number.isInteger(page) || page < 1) return 1;
  return Math.min(page, Math.max(1, pages));
}

/**
 * The colour groups of the legend: a mention's kind falls in one. Identifiers share one colour,
 * as the legend would otherwise grow to a dozen swatches for kinds seldom on one page.
 */
export const KIND_GROUPS: readonly { group: string; label: string; kinds: readonly string[] }[] = [
  { group: 'party', label: 'Party (organisation, person)', kinds: ['org', 'person', 'party'] },
  {
    group: 'identifier',
    label: 'Identifier (INN, OGRN, IMO, IBAN...)',
    kinds: [
      'inn',
      'kpp',
      'ogrn',
      'ogrnip',
      'uscc',
      'imo',
      'mmsi',
      'lei',
      'iban',
      'bic',
      'passport',
      'hs',
    ],
  },
  { group: 'money', label: 'Money', kinds: ['money'] },
  { group: 'date', label: 'Date', kinds: ['date'] },
  {
    group: 'contact',
    label: 'Contact (e-mail, phone, web, wallet)',
    kinds: ['email', 'phone', 'url', 'crypto'],
  },
];

export function groupOf(kind: string): string {
  return KIND_GROUPS.find((g) => g.kinds.includes(kind))?.group ?? 'other';
}
