/**
 * A document's claims from its pages and their mentions. Roles are read over the whole document
 * first, so that a role defined on page 1 is understood on page 3. The same fact found twice in
 * a document (the preamble's "в лице Генерального директора" and the signature block) is one
 * claim resting on both places; facts that differ (two amounts for one payment) stay apart.
 */
import { definedRoles, type Party } from './actors.js';
import { directorships } from './directors.js';
import { payments } from './payments.js';
import { roleRelations, sentenceRelations } from './relations.js';
import type { ClaimKind, ClaimMention, ClaimPage, ExtractedClaim } from './types.js';

interface Draft {
  kind: ClaimKind;
  subject: Party;
  object: Party;
  facts: Record<string, string[]>;
  mentions: ClaimMention[];
  rule: string;
  confidence: number;
}

function moneyFacts(money: ClaimMention, date: ClaimMention | null): Record<string, string[]> {
  const [amount, currency] = money.value.split(' ');
  return {
    amount: [amount!],
    ...(currency ? { currency: [currency] } : {}),
    ...(date ? { date: [date.value] } : {}),
  };
}

function drafts(pages: readonly ClaimPage[]): Draft[] {
  const roles = definedRoles(pages);
  const out: Draft[] = [];
  for (const r of roleRelations(pages, roles)) {
    out.push({
      kind: r.kind,
      subject: r.subject,
      object: r.object,
      facts: r.properties,
      mentions: r.mentions,
      rule: r.rule,
      confidence: r.confidence,
    });
  }
  const payer = roles.get('payer');
  const payee = roles.get('payee');
  for (const page of pages) {
    const found = payments(page, roles);
    for (const p of found) {
      const mentions = [p.money, ...(p.date ? [p.date] : [])];
      out.push({
        kind: 'payment',
        subject: p.payer,
        object: p.payee,
        facts: moneyFacts(p.money, p.date),
        mentions,
        rule: p.rule,
        confidence: p.confidence,
      });
    }
    // A payment order: "Плательщик: ...", "Получатель: ...", "Сумма: ...".
    if (found.length === 0 && payer && payee && payer.id !== payee.id) {
      const money = page.mentions.find((m) => m.kind === 'money');
      const date = page.mentions.find((m) => m.kind === 'date') ?? null;
      if (money) {
        const mentions = [money, ...(date ? [date] : [])];
        out.push({
          kind: 'payment',
          subject: payer,
          object: payee,
          facts: moneyFacts(money, date),
          mentions,
          rule: 'labels',
          confidence: 0.6,
        });
      }
    }
    for (const d of directorships(page)) {
      out.push({
        kind: 'directorship',
        subject: d.director,
        object: d.organization,
        facts: d.role ? { role: [d.role] } : {},
        mentions: [],
        rule: d.rule,
        confidence: d.confidence,
      });
    }
    for (const r of sentenceRelations(page, roles)) {
      out.push({
        kind: r.kind,
        subject: r.subject,
        object: r.object,
        facts: r.properties,
        mentions: r.mentions,
        rule: r.rule,
        confidence: r.confidence,
      });
    }
  }
  return out;
}

function factsKey(d: Draft): string {
  const facts = Object.keys(d.facts)
    .filter((k) => k !== 'role')
    .sort()
    .map((k) => `${k}=${d.facts[k]!.join(',')}`);
  return [d.kind, d.subject.id, d.object.id, ...facts].join('\u0000');
}

function order(a: ClaimMention, b: ClaimMention): number {
  return a.page - b.page || a.start - b.start || a.end - b.end;
}

/**
 * The claims a document's pages assert, each with the mentions it rests on (the parties' first)
 * and an id made of the document, the kind and the place of its first party mention, so that a
 * new run gives the same id and a reviewer's call stays with it.
 */
export function extractClaims(documentId: string, pages: readonly ClaimPage[]): ExtractedClaim[] {
  const merged = new Map<
    string,
    {
      draft: Draft;
      mentions: ClaimMention[];
      names: [Set<string>, Set<string>];
      rules: Set<string>;
      roles: Set<string>;
    }
  >();
  for (const d of drafts(pages)) {
    const key = factsKey(d);
    let entry = merged.get(key);
    if (!entry) {
      entry = {
        draft: d,
        mentions: [],
        names: [new Set(), new Set()],
        rules: new Set(),
        roles: new Set(),
      };
      merged.set(key, entry);
    }
    entry.draft.confidence = Math.max(entry.draft.confidence, d.confidence);
    entry.mentions.push(d.subject.mention, d.object.mention, ...d.mentions);
    entry.names[0].add(d.subject.name);
    entry.names[1].add(d.object.name);
    entry.rules.add(d.rule);
    for (const role of d.facts.role ?? []) entry.roles.add(role);
  }
  const claims: ExtractedClaim[] = [];
  const ids = new Set<string>();
  for (const { draft, mentions, names, rules, roles } of merged.values()) {
    const [subjectMention, objectMention, ...rest] = mentions;
    const evidenceMentions = [subjectMention!, objectMention!, ...rest.sort(order)].filter(
      (m, i, list) => list.findIndex((n) => n.id === m.id) === i,
    );
    const anchor = [...evidenceMentions].sort(order)[0]!;
    let id = `${documentId.slice(0, 12)}-${draft.kind}-p${anchor.page}-${anchor.start}`;
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
    ids.add(id);
    const properties: Record<string, string[]> = {
      ...draft.facts,
      ...(roles.size > 0 ? { role: [...roles] } : {}),
      subjectName: [...names[0]],
      objectName: [...names[1]],
      rule: [...rules],
      confidence: [draft.confidence.toFixed(2)],
    };
    claims.push({
      id,
      kind: draft.kind,
      subject: draft.subject.id,
      object: draft.object.id,
      properties,
      evidence: evidenceMentions.map((m) => ({ documentId, mentionId: m.id })),
      confidence: draft.confidence,
    });
  }
  return claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
