/**
 * Supply, guarantee and contract claims. From roles: a document that defines a supplier and a
 * buyer (a supply contract's preamble, a packing list's shipper and consignee) asserts that one
 * supplies the other, with the HS codes it names; one that defines a guarantor and an obligor
 * asserts a guarantee. From sentences: a verb of supplying or guaranteeing between two parties
 * ("ООО «А» поставило АО «Б» ...", "X guarantees the obligations of Y", "X为Y提供担保"). A contract's
 * title with a number ("ДОГОВОР ПОСТАВКИ № ТСК-14/2024") and the roles make a contract claim, with
 * the date under the title and the price the text names.
 */
import { actorsIn, type Party, sentences } from './actors.js';
import { sidesOf } from './payments.js';
import type { ClaimMention, ClaimPage } from './types.js';
import {
  BEFORE_WHOM,
  CONTRACT_PRICE,
  CONTRACT_TITLE,
  GUARANTEE_VERBS,
  NOT_AFTER_LETTER,
  NOT_BEFORE_LETTER,
  type Role,
  SUPPLY_VERBS,
} from './words.js';

export interface Relation {
  kind: 'supply' | 'guarantee' | 'contract';
  subject: Party;
  object: Party;
  /** Mentions besides the parties': HS codes, the date, the price. */
  mentions: ClaimMention[];
  properties: Record<string, string[]>;
  rule: string;
  confidence: number;
}

const SUPPLY = new RegExp(
  `${NOT_AFTER_LETTER}(?:${SUPPLY_VERBS.join('|')})${NOT_BEFORE_LETTER}`,
  'iu',
);
const GUARANTEE = new RegExp(
  `${NOT_AFTER_LETTER}(?:${GUARANTEE_VERBS.join('|')})${NOT_BEFORE_LETTER}`,
  'iu',
);

function all(pages: readonly ClaimPage[], kind: string): ClaimMention[] {
  return pages.flatMap((p) => p.mentions.filter((m) => m.kind === kind));
}

/** Relations of a whole document from the roles it defines. */
export function roleRelations(
  pages: readonly ClaimPage[],
  roles: ReadonlyMap<Role, Party>,
): Relation[] {
  const found: Relation[] = [];
  const supplier = roles.get('supplier');
  const buyer = roles.get('buyer');
  if (supplier && buyer && supplier.id !== buyer.id) {
    const hs = all(pages, 'hs');
    const verb = pages.some((p) => SUPPLY.test(p.text));
    found.push({
      kind: 'supply',
      subject: supplier,
      object: buyer,
      mentions: hs,
      properties: hs.length > 0 ? { hsCode: [...new Set(hs.map((m) => m.value))] } : {},
      rule: 'roles',
      confidence: verb ? 0.75 : 0.6,
    });
    const contract = contractOf(pages, supplier, buyer);
    if (contract) found.push(contract);
  }
  const guarantor = roles.get('guarantor');
  const obligor = roles.get('obligor');
  if (guarantor && obligor && guarantor.id !== obligor.id) {
    found.push({
      kind: 'guarantee',
      subject: guarantor,
      object: obligor,
      mentions: [],
      properties: {},
      rule: 'roles',
      confidence: 0.7,
    });
  }
  return found;
}

function contractOf(pages: readonly ClaimPage[], supplier: Party, buyer: Party): Relation | null {
  const first = pages[0];
  if (!first) return null;
  const title = CONTRACT_TITLE.exec(first.text);
  if (!title || title.index > 1500) return null;
  const titleEnd = title.index + title[0].length;
  const mentions: ClaimMention[] = [];
  const properties: Record<string, string[]> = { contract: [title[2]!] };
  // The date on the title's line or the two below it.
  const lines = first.text.slice(titleEnd).split('\n').slice(0, 3).join('\n');
  const date = first.mentions
    .filter((m) => m.kind === 'date' && m.start >= titleEnd && m.end <= titleEnd + lines.length)
    .sort((a, b) => a.start - b.start)[0];
  if (date) {
    mentions.push(date);
    properties.date = [date.value];
  }
  for (const page of pages) {
    for (const [start, end] of sentences(page)) {
      if (!CONTRACT_PRICE.test(page.text.slice(start, end))) continue;
      const money = page.mentions.find(
        (m) => m.kind === 'money' && m.start >= start && m.end <= end,
      );
      if (money && !properties.amount) {
        mentions.push(money);
        const [amount, currency] = money.value.split(' ');
        properties.amount = [amount!];
        if (currency) properties.currency = [currency];
      }
    }
  }
  return {
    kind: 'contract',
    subject: supplier,
    object: buyer,
    mentions,
    properties,
    rule: 'title-roles',
    confidence: 0.7,
  };
}

/** Relations stated in one sentence of a page. */
export function sentenceRelations(page: ClaimPage, roles: ReadonlyMap<Role, Party>): Relation[] {
  const found: Relation[] = [];
  for (const [start, end] of sentences(page)) {
    const sentence = page.text.slice(start, end);
    for (const [kind, re] of [
      ['supply', SUPPLY],
      ['guarantee', GUARANTEE],
    ] as const) {
      const verb = re.exec(sentence);
      if (!verb) continue;
      const at = { start: start + verb.index, end: start + verb.index + verb[0].length };
      let actors = actorsIn(page, start, end, roles);
      if (kind === 'guarantee') {
        actors = actors.filter(
          (a) =>
            a.role !== 'creditor' &&
            !BEFORE_WHOM.test(page.text.slice(Math.max(start, a.start - 16), a.start)),
        );
      }
      const { source: agent, target: other } = sidesOf(page.text, actors, at, start);
      if (!agent || !other) continue;
      // Roles alone ("Поставщик поставляет Покупателю") are what roleRelations already says.
      if (agent.role !== null && other.role !== null) continue;
      const hs = page.mentions.filter((m) => m.kind === 'hs' && m.start >= start && m.end <= end);
      found.push({
        kind,
        subject: agent.party,
        object: other.party,
        mentions: hs,
        properties: hs.length > 0 ? { hsCode: [...new Set(hs.map((m) => m.value))] } : {},
        rule: 'sentence',
        confidence: 0.65,
      });
    }
  }
  return found;
}
