/**
 * List entities named directly in a document's text: the in-text search of core/extraction/lists
 * built from the match index's own name forms (so that the text meets every spelling the index
 * knows: transliterations, generic words, native scripts), plus the registry identifiers the
 * identifier extractors found, linked by exact equality. Every hit is scored against its entity
 * by the matching engine and kept only at or above the threshold; it becomes a `party` mention
 * linked to the entity, its value the entity's ID (one party per entity in xref).
 */
import {
  dropOverlaps,
  type ListName,
  ListPatterns,
  type WordKeys,
} from '../../core/extraction/lists/index.js';
import { wordKeysWith } from '../../core/extraction/lists/index.js';
import type { NameFormTools } from '../../core/matching/index.js';
import type { MentionInput } from '../../store/cases/index.js';
import type { MatchIndex } from '../matching/index.js';
import { cleanName, IDENTIFIER_PROPERTY } from './parties.js';
import { IN_TEXT_EXTRACTOR } from './xref-decide.js';

export interface InTextOptions {
  /** The score from which a hit is kept (0.7, as xref's matches). */
  threshold?: number;
  algorithm?: string;
}

/** Mentions of names the extractors found by their legal form or title. */
const NAME_KINDS = new Set(['org', 'person']);

/** A bound on the confirmations kept. */
const MAX_CONFIRMED = 50_000;

/** An identifier as both sides are compared: letters and digits, upper case. */
const normalId = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();

export class InTextSearch {
  private readonly keysOf: WordKeys;
  private readonly ids: string[] = [];
  /** `innCode:1831083343` to the entities that have it. */
  private readonly byIdentifier = new Map<string, string[]>();
  readonly patterns: ListPatterns;
  /** Milliseconds the build took. */
  readonly buildMs: number;
  private readonly threshold: number;
  private readonly algorithm: string;
  /**
   * Confirmations already made, by the names read and the entities: a leak names the same
   * parties on page after page, and the matcher's score of a pair does not change.
   */
  private readonly confirmed = new Map<string, { id: string; score: number } | null>();
  /** Milliseconds spent reading the index's entries, out of buildMs. */
  readonly entriesMs: number;

  constructor(
    private readonly index: MatchIndex,
    tools: NameFormTools,
    options: InTextOptions = {},
  ) {
    const started = performance.now();
    this.threshold = options.threshold ?? 0.7;
    this.algorithm = options.algorithm ?? 'best';
    this.keysOf = wordKeysWith(tools);
    const names: ListName[] = [];
    const entries = index.matcher.entries;
    this.entriesMs = performance.now() - started;
    entries.forEach((entry, ordinal) => {
      this.ids.push(entry.entity.id);
      for (const form of entry.prepared.names) {
        names.push({
          entity: ordinal,
          keys: form.keys,
          weights: form.weights,
          isPerson: form.isPerson,
        });
      }
      for (const [property, values] of Object.entries(entry.prepared.identifierProps)) {
        for (const value of values) {
          const key = `${property}:${normalId(value)}`;
          const list = this.byIdentifier.get(key) ?? [];
          if (!list.includes(entry.entity.id)) list.push(entry.entity.id);
          this.byIdentifier.set(key, list);
        }
      }
    });
    this.patterns = ListPatterns.build(names);
    this.buildMs = performance.now() - started;
  }

  /**
   * The confirmed list entities on one page: names found in the text, and the identifiers
   * already extracted from it (`identifiers`: the page's mentions of any kind, its organisations
   * and persons too) that a list entity has. Longest first where two overlap.
   */
  find(page: number, text: string, identifiers: readonly MentionInput[] = []): MentionInput[] {
    const found: MentionInput[] = [];
    const named = identifiers.filter((m) => m.page === page && NAME_KINDS.has(m.kind));
    for (const hit of this.patterns.scan(text, this.keysOf)) {
      const ids = hit.entities.map((e) => this.ids[e]!);
      // A hit inside a name the extractors found (an organisation by its legal form) is that
      // name's only if the whole name matches too: "Vector" in "Redlepus Vector Industry
      // Shenzhen Co., Ltd." is not AO NII Vektor, "Купол" in "АО «ИЭМЗ «Купол»»" is Kupol.
      const host = named.find((m) => m.start <= hit.start && hit.end <= m.end);
      const own = host && host.end - host.start > hit.end - hit.start ? [host.text] : [];
      const names = [...new Set([cleanName(hit.text), hit.reading])].filter((n) => n !== '');
      const best = own.length
        ? this.confirm(ids, { name: own.map(cleanName) })
        : this.confirm(ids, { name: names });
      if (best) found.push(this.mention(page, hit, best));
    }
    for (const m of identifiers) {
      const target = IDENTIFIER_PROPERTY[m.kind];
      if (!target || m.page !== page) continue;
      const ids = this.byIdentifier.get(`${target.property}:${normalId(m.value)}`);
      if (!ids) continue;
      const best = this.confirm(ids, { [target.property]: [m.value] });
      if (best) found.push(this.mention(page, m, best));
    }
    return dropOverlaps(found);
  }

  /** The best of the entities at or above the threshold, each scored as its own schema. */
  private confirm(
    ids: readonly string[],
    properties: Record<string, string[]>,
  ): { id: string; score: number } | null {
    const key = JSON.stringify([ids, properties]);
    const known = this.confirmed.get(key);
    if (known !== undefined) return known;
    let best: { id: string; score: number } | null = null;
    for (const id of ids) {
      const schema = this.index.matcher.entry(id)?.entity.schema;
      if (!schema) continue;
      const [scored] = this.index.matcher.scoreEntities(
        { schema, properties },
        [id],
        this.algorithm,
      );
      if (!scored || scored.score < this.threshold) continue;
      if (!best || scored.score > best.score) best = { id, score: scored.score };
    }
    if (this.confirmed.size >= MAX_CONFIRMED) this.confirmed.clear();
    this.confirmed.set(key, best);
    return best;
  }

  private mention(
    page: number,
    span: { start: number; end: number; text: string },
    best: { id: string; score: number },
  ): MentionInput {
    return {
      page,
      start: span.start,
      end: span.end,
      kind: 'party',
      text: span.text,
      value: best.id,
      extractor: IN_TEXT_EXTRACTOR,
      confidence: best.score,
      link: { entityId: best.id, score: best.score },
    };
  }
}
