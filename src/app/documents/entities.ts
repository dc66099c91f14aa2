/**
 * A case as FollowTheMoney entities (`dossier case export <case>`): one Document per file, one
 * entity per party (Company, Organization or Person, with its names and the registry identifiers
 * written near it), and one interval per claim (Payment, Directorship, EconomicActivity for a
 * supply, Contract and ContractAward, UnknownLink for a guarantee). Every value carries the
 * mentions it was read from in `statements` (document, page, span), beside FtM's own `properties`,
 * which FtM tools read and ignore the rest; the claim's review is in `dossier`.
 */
import { propertyOf, shortHash } from '../../core/model/index.js';
import type { CaseStore, Mention } from '../../store/cases/index.js';
import { caseClaims, type CaseClaim } from './claims.js';
import { NEAR_CHARS } from './parties.js';

export interface StatementSource {
  document_id: string;
  mention_id: string;
  page: number;
  start: number;
  end: number;
}

export interface CaseEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Each value with the mentions it rests on (none for ids and values a claim derived). */
  statements: { prop: string; value: string; sources: StatementSource[] }[];
  dossier?: {
    claim_id: string;
    kind: string;
    status: string;
    note: string | null;
    confidence: number | null;
  };
}

const IDENTIFIER_PROPERTY: Record<string, string> = {
  inn: 'innCode',
  ogrn: 'ogrnCode',
  ogrnip: 'ogrnCode',
  kpp: 'kppCode',
  uscc: 'uscCode',
  lei: 'leiCode',
  bic: 'swiftBic',
  imo: 'imoNumber',
  passport: 'passportNumber',
};

/** Legal forms of companies (not associations, agencies or persons): Company rather than Organization. */
const COMPANY_FORM =
  /(?:^|[\s«"])(?:ООО|АО|ОАО|ЗАО|ПАО|LLC|Ltd\.?|Limited|JSC|PJSC|GmbH|Inc\.?|Corp\.?|S\.A\.|AG|Co\.)(?:$|[\s,»"])|有限公司|有限责任公司|股份|общество с ограниченной|акционерное общество/iu;

class Builder {
  readonly entities = new Map<string, CaseEntity>();

  entity(id: string, schema: string): CaseEntity {
    let e = this.entities.get(id);
    if (!e) {
      e = { id, schema, properties: {}, statements: [] };
      this.entities.set(id, e);
    }
    return e;
  }

  add(e: CaseEntity, prop: string, value: string, sources: StatementSource[] = []): void {
    // The model decides: a property the schema lacks is a bug here, not data to drop quietly.
    if (!propertyOf(e.schema, prop))
      throw new Error(`FtM schema ${e.schema} has no property ${prop}`);
    const values = e.properties[prop] ?? [];
    if (!values.includes(value)) values.push(value);
    e.properties[prop] = values;
    const statement = e.statements.find((s) => s.prop === prop && s.value === value);
    if (statement) {
      for (const s of sources) {
        if (
          !statement.sources.some(
            (t) => t.mention_id === s.mention_id && t.document_id === s.document_id,
          )
        )
          statement.sources.push(s);
      }
    } else e.statements.push({ prop, value, sources: [...sources] });
  }
}

const source = (m: Mention): StatementSource => ({
  document_id: m.documentId,
  mention_id: m.id,
  page: m.page,
  start: m.start,
  end: m.end,
});

const cleanName = (text: string) =>
  text
    .replace(/[«»“”„"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The claims' and the parties' key for a party mention: a linked list entity, or kind and value. */
const partyKey = (m: Pick<Mention, 'kind' | 'value' | 'link'>) =>
  m.link?.entityId ?? `${m.kind}:${m.value}`;
const entityIdOf = (key: string) => (key.includes(':') ? `party-${shortHash(key)}` : key);

function schemaOf(kind: string, names: readonly string[]): string {
  if (kind === 'person') return 'Person';
  return names.some((n) => COMPANY_FORM.test(n)) ? 'Company' : 'Organization';
}

/** Each identifier goes to the nearest party mention on its page (one before counts double). */
function nearestParty(id: Mention, parties: readonly Mention[]): Mention | null {
  let best: { m: Mention; d: number } | null = null;
  for (const m of parties) {
    if (m.documentId !== id.documentId || m.page !== id.page) continue;
    const d =
      id.start >= m.end ? id.start - m.end : id.end <= m.start ? 2 * (m.start - id.end) : Infinity;
    if (d <= NEAR_CHARS && (best === null || d < best.d)) best = { m, d };
  }
  return best?.m ?? null;
}

function claimEntities(
  b: Builder,
  c: CaseClaim,
  party: (key: string | null, name?: string) => string | null,
) {
  const evidence = c.places.map((p) => ({
    document_id: p.documentId,
    mention_id: p.mentionId,
    page: p.page,
    start: p.start,
    end: p.end,
  }));
  const byKind = (kind: string) => evidence.filter((_, i) => c.places[i]!.kind === kind);
  const subject = party(c.subject, c.properties.subjectName?.[0]);
  const object = party(c.object, c.properties.objectName?.[0]);
  const id = `claim-${c.id}`;
  const schema =
    {
      payment: 'Payment',
      directorship: 'Directorship',
      supply: 'EconomicActivity',
      contract: 'Contract',
      guarantee: 'UnknownLink',
    }[c.kind] ?? 'UnknownLink';
  const e = b.entity(id, schema);
  const confidence = Number(c.properties.confidence?.[0]);
  e.dossier = {
    claim_id: c.id,
    kind: c.kind,
    status: c.status,
    note: c.note,
    confidence: Number.isFinite(confidence) ? confidence : null,
  };
  const first = evidence.slice(0, 1);
  const p = c.properties;
  const money = () => {
    for (const v of p.amount ?? []) b.add(e, 'amount', v, byKind('money'));
    for (const v of p.currency ?? []) b.add(e, 'currency', v, byKind('money'));
  };
  const sides: Record<string, [string, string]> = {
    Payment: ['payer', 'beneficiary'],
    Directorship: ['director', 'organization'],
    EconomicActivity: ['sender', 'receiver'],
    UnknownLink: ['subject', 'object'],
  };
  if (schema === 'Contract') {
    const title = `${p.contract?.[0] ? `№ ${p.contract[0]}` : c.id}`;
    b.add(e, 'title', title, first);
    b.add(e, 'name', title, first);
    if (object) b.add(e, 'authority', object, evidence.slice(1, 2));
    for (const v of p.date ?? []) b.add(e, 'contractDate', v, byKind('date'));
    money();
    if (subject) {
      const award = b.entity(`${id}-award`, 'ContractAward');
      b.add(award, 'contract', id);
      b.add(award, 'supplier', subject, first);
    }
  } else {
    const [from, to] = sides[schema]!;
    if (subject) b.add(e, from, subject, first);
    if (object) b.add(e, to, object, evidence.slice(1, 2));
    for (const v of p.date ?? []) b.add(e, 'date', v, byKind('date'));
    if (schema === 'Payment') money();
    if (schema === 'EconomicActivity')
      for (const v of p.hsCode ?? []) b.add(e, 'vedCode', v, byKind('hs'));
    if (schema === 'Directorship' || schema === 'UnknownLink') {
      for (const v of p.role ?? (c.kind === 'guarantee' ? ['guarantor'] : [])) b.add(e, 'role', v);
    }
  }
  if (schema !== 'Contract') b.add(e, 'recordId', c.id);
  for (const docId of new Set(c.places.map((pl) => pl.documentId)))
    b.add(e, 'proof', `doc-${docId.slice(0, 16)}`);
}

/** The case's entities, documents first, then parties, then claims. */
export async function caseEntities(cases: CaseStore, caseName: string): Promise<CaseEntity[]> {
  const b = new Builder();
  const mentions: Mention[] = [];
  for (const d of await cases.listDocuments(caseName)) {
    const doc = b.entity(`doc-${d.id.slice(0, 16)}`, 'Document');
    b.add(doc, 'fileName', d.fileName);
    b.add(doc, 'mimeType', d.mediaType);
    b.add(doc, 'fileSize', String(d.size));
    mentions.push(...(await cases.mentionsOf(caseName, d.id)));
  }
  const parties = mentions.filter((m) => m.kind === 'org' || m.kind === 'person');
  const groups = new Map<string, Mention[]>();
  for (const m of parties) groups.set(partyKey(m), [...(groups.get(partyKey(m)) ?? []), m]);
  const partyEntity = new Map<string, CaseEntity>();
  for (const [key, group] of groups) {
    const names = group.map((m) => cleanName(m.text));
    const e = b.entity(entityIdOf(key), schemaOf(group[0]!.kind, names));
    for (const m of group) b.add(e, 'name', cleanName(m.text), [source(m)]);
    partyEntity.set(key, e);
  }
  for (const id of mentions) {
    const prop = IDENTIFIER_PROPERTY[id.kind];
    if (!prop) continue;
    const owner = nearestParty(id, parties);
    const e = owner ? partyEntity.get(partyKey(owner)) : undefined;
    if (e && propertyOf(e.schema, prop)) b.add(e, prop, id.value, [source(id)]);
  }
  // A claim may name a party no mention groups under (a name turned to the nominative).
  const party = (key: string | null, name?: string): string | null => {
    if (key === null) return null;
    const known = partyEntity.get(key);
    if (known) return known.id;
    const isPerson = key.startsWith('person:');
    const e = b.entity(
      entityIdOf(key),
      isPerson ? 'Person' : key.startsWith('org:') ? schemaOf('org', [name ?? '']) : 'LegalEntity',
    );
    if (name) b.add(e, 'name', name);
    partyEntity.set(key, e);
    return e.id;
  };
  for (const c of await caseClaims(cases, caseName)) claimEntities(b, c, party);
  return [...b.entities.values()];
}
