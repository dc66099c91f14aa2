/**
 * The advanced XML's ReferenceValueSets: tables that give numeric IDs their text (AliasType
 * 1403 = "Name", FeatureType 8 = "Birthdate"...), and its date structures. Everything in the
 * file points into these tables by ID, so they are read first and held (a few hundred KB).
 */
import { child, childText, type XmlNode } from '../io/index.js';

/** A reference value: its text and its attributes (a Country's ISO2, a Script's ScriptCode). */
export interface RefValue {
  text: string;
  attrs: Record<string, string>;
}

/** The reference tables, by value element name ("AliasType", "Country", "FeatureType"). */
export class References {
  private readonly sets = new Map<string, Map<string, RefValue>>();

  /** Add the tables of a `ReferenceValueSets` element (each child is one table). */
  addSets(node: XmlNode) {
    for (const table of node.children) {
      for (const value of table.children) {
        const id = value.attrs.ID;
        if (id === undefined) continue;
        let set = this.sets.get(value.name);
        if (!set) {
          set = new Map();
          this.sets.set(value.name, set);
        }
        set.set(id, { text: value.text, attrs: value.attrs });
      }
    }
  }

  get size(): number {
    return this.sets.size;
  }

  value(type: string, id: string | null | undefined): RefValue | null {
    if (id === null || id === undefined) return null;
    return this.sets.get(type)?.get(id) ?? null;
  }

  /** The text of value `id` in table `type`, or null when absent or blank. */
  text(type: string, id: string | null | undefined): string | null {
    return this.value(type, id)?.text || null;
  }

  /** Every value of a table, in file order. */
  all(type: string): RefValue[] {
    return [...(this.sets.get(type)?.values() ?? [])];
  }
}

/** A date as the advanced XML writes it (Year, Month, Day elements) as an ISO prefix. */
export function readYmd(node: XmlNode | undefined): string | null {
  if (!node) return null;
  const year = childText(node, 'Year');
  if (!year || !/^\d{4}$/.test(year)) return null;
  const month = childText(node, 'Month');
  if (!month || !/^\d{1,2}$/.test(month)) return year;
  const day = childText(node, 'Day');
  const mm = month.padStart(2, '0');
  if (!day || !/^\d{1,2}$/.test(day)) return `${year}-${mm}`;
  return `${year}-${mm}-${day.padStart(2, '0')}`;
}

/** A DatePeriod's outer bounds: the earliest start and the latest end it allows. */
export interface Period {
  start: string;
  end: string;
}

/**
 * Read a DatePeriod (Start and End, each a From..To window) as its outer bounds. An empty
 * period (a SanctionsMeasure has one) gives null.
 */
export function readPeriod(node: XmlNode | undefined): Period | null {
  if (!node) return null;
  const start = child(node, 'Start');
  const end = child(node, 'End');
  const from = readYmd(child(start ?? node, 'From')) ?? readYmd(child(start ?? node, 'To'));
  const to =
    readYmd(child(end ?? node, 'To')) ??
    readYmd(child(end ?? node, 'From')) ??
    readYmd(child(start ?? node, 'To')) ??
    from;
  if (!from || !to) return null;
  return { start: from, end: to };
}
