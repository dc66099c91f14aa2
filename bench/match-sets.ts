/**
 * Labelled sets for `bench:match`, each split in two halves by a hash of its ids: a tuning half,
 * the only one looked at while the scoring's constants were chosen, and a held-out half that
 * says whether what was tuned holds on names it never saw.
 *
 * (a) designations of one list screened against another: the UK ConList of 2018-04-13 against
 *     the UN consolidated list of 2018-10-29 (the UN file nearest in date). A UK party whose
 *     remarks cite a UN reference number that the UN file holds is the same designation as the
 *     UN entry with that number: recall is how often that entry is a match at the threshold;
 *     "flagged unrelated" is how often any other UN entry is. UK parties citing no UN reference
 *     are screened too, as mostly-negative queries.
 * (b) the Wikidata PEP sample as mostly-negative queries against the loaded sanctions lists: the
 *     share flagged, and the flagged pairs themselves so that a reader can judge them.
 * (c) nomenklatura's cases.csv: precision, recall and F1 per half.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest.js';
import { openDossier } from '../src/app/dossier/index.js';
import type { MatchService } from '../src/app/matching/index.js';
import type { MatcherTools, MatchOptions } from '../src/core/matching/index.js';
import type { FtmEntity } from '../src/core/model/index.js';
import type { Store } from '../src/store/types.js';
import { testData } from '../src/testing/data.js';

export type Half = 'tune' | 'held_out';

/** The half an id falls in: the first byte of its SHA-1, even or odd. Fixed, whatever the run. */
export function halfOf(id: string): Half {
  return createHash('sha1').update(id).digest()[0]! % 2 === 0 ? 'tune' : 'held_out';
}

const round = (x: number) => Number(x.toFixed(4));
const HALVES: Half[] = ['tune', 'held_out'];

/** UN reference numbers as the lists write them ("QDi.333", "UN REF.QDI.353.") made comparable. */
export function refKey(ref: string): string {
  return ref.toUpperCase().replace(/\s+/g, '').replace(/\.+$/, '');
}

/** The names of an entity, as a query that screens it. */
function nameQuery(e: FtmEntity, withDates: boolean) {
  const properties: Record<string, string[]> = {};
  for (const prop of ['name', 'alias']) {
    const values = e.properties[prop];
    if (values?.length) properties[prop] = values;
  }
  if (withDates && e.properties.birthDate?.length) properties.birthDate = e.properties.birthDate;
  return { schema: e.schema, properties };
}

/** Parties and the UN references their sanctions carry, from one dataset of a store. */
async function partiesWithRefs(store: Store, dataset: string) {
  const parties = new Map<string, FtmEntity>();
  const refs = new Map<string, string[]>();
  for await (const e of store.allEntities()) {
    if (!e.datasets.includes(dataset)) continue;
    if (e.schema === 'Sanction') {
      const target = e.properties.entity?.[0];
      const own = (e.properties.unscId ?? []).map(refKey).filter(Boolean);
      if (target && own.length) refs.set(target, [...(refs.get(target) ?? []), ...own]);
    } else if (['Person', 'Organization', 'LegalEntity', 'Company'].includes(e.schema)) {
      if (e.properties.name?.length) parties.set(e.id, e);
    }
  }
  return { parties, refs };
}

interface CrossCounts {
  queries: number;
  positives: number;
  found: number;
  flagged_unrelated: number;
}

function crossSummary(c: CrossCounts) {
  return {
    ...c,
    recall: round(c.found / Math.max(1, c.positives)),
    flagged_unrelated_share: round(c.flagged_unrelated / Math.max(1, c.queries)),
  };
}

/**
 * Set (a). `un` is a match service over the UN 2018 list alone; `uk` the store holding the UK
 * 2018 list as dataset "uk".
 */
export async function crossListSet(
  un: { store: Store; service: MatchService },
  uk: Store,
  options: MatchOptions,
) {
  const listed = await partiesWithRefs(un.store, 'un2018');
  const byRef = new Map<string, string>();
  for (const [id, refs] of listed.refs) for (const r of refs) byRef.set(r, id);
  const ukSide = await partiesWithRefs(uk, 'uk');
  const variants = { name_only: false, with_birth_date: true } as const;
  const out: Record<string, unknown> = {};
  const unrelatedExamples: unknown[] = [];
  for (const [variant, withDates] of Object.entries(variants)) {
    const counts: Record<string, CrossCounts> = {};
    for (const half of HALVES) {
      for (const kind of ['cited', 'uncited']) {
        counts[`${kind}_${half}`] = { queries: 0, positives: 0, found: 0, flagged_unrelated: 0 };
      }
    }
    for (const [id, party] of ukSide.parties) {
      const refs = ukSide.refs.get(id) ?? [];
      const target = refs.map((r) => byRef.get(r)).find((t) => t !== undefined);
      // A UK party that cites a reference the UN file lacks has no known answer: left out.
      if (refs.length > 0 && !target) continue;
      const c = counts[`${target ? 'cited' : 'uncited'}_${halfOf(id)}`]!;
      const outcome = un.service.matcher.match(nameQuery(party, withDates), options);
      c.queries++;
      if (target) {
        c.positives++;
        if (outcome.results.some((r) => r.match && r.entity.id === target)) c.found++;
      }
      const unrelated = outcome.results.filter((r) => r.match && r.entity.id !== target);
      if (unrelated.length > 0) {
        c.flagged_unrelated++;
        if (target && !withDates && halfOf(id) === 'tune' && unrelatedExamples.length < 40) {
          const top = unrelated[0]!;
          unrelatedExamples.push({
            query: party.caption,
            hit: top.entity.caption,
            score: top.score,
            name: top.explanations.name_match?.detail ?? null,
          });
        }
      }
    }
    out[variant] = Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, crossSummary(c)]));
  }
  return { ...out, tune_unrelated_examples: unrelatedExamples };
}

/** Load the UN 2018 history file into a database of its own, and index it. */
export async function loadUn2018(dir: string, tools: MatcherTools) {
  const dossier = openDossier({ db: join(dir, 'un2018.db'), tools });
  const file = testData('un', 'history', 'consolidated_2018-10-29.xml');
  await ingest(dossier.lists, { files: [file], dataset: 'un2018' });
  const service = await dossier.matching();
  await service.refresh();
  return { store: dossier.lists, service, close: () => dossier.close() };
}

/** Set (b): persons of the Wikidata PEP sample screened against the loaded lists. */
export function pepSet(service: MatchService, options: MatchOptions) {
  const file = testData(
    'opensanctions_ftm',
    'zavod_export_wikidata_peps_sample',
    'entities.ftm.json',
  );
  const persons = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FtmEntity)
    .filter((e) => e.schema === 'Person' && e.properties.name?.length);
  const out: Record<string, unknown> = {};
  for (const [variant, withDates] of [
    ['name_only', false],
    ['with_birth_date', true],
  ] as const) {
    const halves: Record<string, { queries: number; flagged: number; share?: number }> = {};
    const flagged: unknown[] = [];
    for (const half of HALVES) halves[half] = { queries: 0, flagged: 0 };
    for (const person of persons) {
      const outcome = service.matcher.match(nameQuery(person, withDates), options);
      const h = halves[halfOf(person.id)]!;
      h.queries++;
      const hits = outcome.results.filter((r) => r.match);
      if (hits.length === 0) continue;
      h.flagged++;
      flagged.push({
        half: halfOf(person.id),
        query: person.id,
        names: person.properties.name,
        birthDate: person.properties.birthDate ?? [],
        hits: hits.map((r) => ({
          id: r.entity.id,
          name: r.entity.caption,
          score: r.score,
          features: Object.fromEntries(
            Object.entries(r.explanations).map(([k, v]) => [k, `${v.weight}: ${v.detail}`]),
          ),
        })),
      });
    }
    for (const h of Object.values(halves)) h.share = round(h.flagged / Math.max(1, h.queries));
    out[variant] = { ...halves, flagged };
  }
  return out;
}

/** Confusion counts of a labelled set at a threshold. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Precision, recall and F1 of the counts, rounded to four places. */
export function prf(c: Counts) {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { ...c, precision: round(precision), recall: round(recall), f1: round(f) };
}

type Row = Record<string, number>;

/** The sets' figures, a line per set, variant and half. */
export function printSets(
  cases: Record<string, Row>,
  cross: Record<string, unknown>,
  peps: Record<string, unknown>,
) {
  for (const half of HALVES) {
    const c = cases[half]!;
    console.log(
      `  cases ${half.padEnd(8)} P ${c.precision}  R ${c.recall}  F1 ${c.f1}  (tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`,
    );
  }
  for (const variant of ['name_only', 'with_birth_date']) {
    const sets = cross[variant] as Record<string, Row>;
    for (const half of HALVES) {
      const cited = sets[`cited_${half}`]!;
      const uncited = sets[`uncited_${half}`]!;
      console.log(
        `  uk→un ${variant} ${half.padEnd(8)} recall ${cited.recall} (${cited.found}/${cited.positives})  flagged unrelated ${cited.flagged_unrelated_share}; uncited flagged ${uncited.flagged_unrelated_share} (${uncited.flagged_unrelated}/${uncited.queries})`,
      );
    }
    const p = peps[variant] as Record<string, Row>;
    for (const half of HALVES) {
      const h = p[half]!;
      console.log(
        `  peps  ${variant} ${half.padEnd(8)} flagged ${h.share} (${h.flagged}/${h.queries})`,
      );
    }
  }
}
