/**
 * Payments, in two shapes. A table row under a header that names the payer and payee columns
 * ("date, payer, payee, amount, currency", "Плательщик | Получатель | Сумма", "付款人 收款人
 * 金额"): the parties in those cells, the money and date in the row. A sentence with a verb of
 * paying in the past tense and an amount: the party before the verb paid the one after it ("АО «Б»
 * перечислило ООО «А» 1 200 000 юаней", "Kupol paid TSK Vektor USD 50,000"), unless a word marks
 * it ("to", "в пользу", "向" for the payee; "from", "от", "从" for the payer); a verb of receiving
 * turns that round.
 */
import { type Actor, actorsIn, type Party, partyOf, sentences } from './actors.js';
import type { ClaimMention, ClaimPage } from './types.js';
import {
  DUTY,
  FROM_MARK,
  NOT_AFTER_LETTER,
  NOT_BEFORE_LETTER,
  PAY_VERBS,
  PAYMENT_HEADERS,
  RECEIVE_VERBS,
  type Role,
  TO_MARK,
} from './words.js';

export interface Payment {
  payer: Party;
  payee: Party;
  money: ClaimMention;
  date: ClaimMention | null;
  rule: string;
  confidence: number;
}

const CELL_SEPARATOR = /\t|;|\||, ?(?=\S)| {2,}/;

function splitCells(line: string, at: number, separator: RegExp): [number, number][] {
  const cells: [number, number][] = [];
  let from = 0;
  const re = new RegExp(separator.source, 'g');
  for (const m of line.matchAll(re)) {
    cells.push([at + from, at + m.index]);
    from = m.index + m[0].length;
  }
  cells.push([at + from, at + line.length]);
  return cells;
}

function headerColumns(
  cells: readonly string[],
): Partial<Record<keyof typeof PAYMENT_HEADERS, number>> {
  const columns: Partial<Record<keyof typeof PAYMENT_HEADERS, number>> = {};
  cells.forEach((cell, i) => {
    const name = cell
      .trim()
      .toLowerCase()
      .replace(/[_\s]+/g, ' ');
    for (const [what, words] of Object.entries(PAYMENT_HEADERS)) {
      const key = what as keyof typeof PAYMENT_HEADERS;
      if (columns[key] === undefined && words.includes(name)) columns[key] = i;
    }
  });
  return columns;
}

function tableRows(page: ClaimPage): Payment[] {
  const { text } = page;
  const found: Payment[] = [];
  let columns: ReturnType<typeof headerColumns> | null = null;
  let separator = CELL_SEPARATOR;
  let at = 0;
  for (const line of text.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    // A tab-separated page (CSV, XLSX) keeps commas inside cells.
    const sep = line.includes('\t') ? /\t/ : separator;
    const cells = splitCells(line, lineStart, sep);
    const header = headerColumns(cells.map(([s, e]) => text.slice(s, e)));
    if (header.payer !== undefined && header.payee !== undefined) {
      columns = header;
      separator = sep;
      continue;
    }
    if (!columns || cells.length < 2) continue;
    const inCell = (i: number | undefined, kinds: readonly string[]) => {
      if (i === undefined || !cells[i]) return null;
      const [s, e] = cells[i]!;
      return (
        page.mentions.find((m) => kinds.includes(m.kind) && m.start >= s && m.start < e) ?? null
      );
    };
    const payer = inCell(columns.payer, ['org', 'person']);
    const payee = inCell(columns.payee, ['org', 'person']);
    const inRow = (kind: string) =>
      page.mentions.find(
        (m) => m.kind === kind && m.start >= lineStart && m.end <= lineStart + line.length,
      ) ?? null;
    const money = inCell(columns.amount, ['money']) ?? inRow('money');
    if (!payer || !payee || !money) continue;
    const date = inCell(columns.date, ['date']) ?? inRow('date');
    found.push({
      payer: partyOf(payer),
      payee: partyOf(payee),
      money,
      date,
      rule: 'table-row',
      confidence: 0.8,
    });
  }
  return found;
}

const PAY = new RegExp(`${NOT_AFTER_LETTER}(?:${PAY_VERBS.join('|')})${NOT_BEFORE_LETTER}`, 'giu');
const RECEIVE = new RegExp(
  `${NOT_AFTER_LETTER}(?:${RECEIVE_VERBS.join('|')})${NOT_BEFORE_LETTER}`,
  'giu',
);

/**
 * Where the value goes, around a verb at `verb` in a sentence: a marked actor first ("to X",
 * "向X" is the target; "from X", "от X" the source), else the nearest actor before the verb and
 * the first after it: source then target for paying or supplying, the other way round for
 * receiving (`inverse`).
 */
export function sidesOf(
  text: string,
  actors: readonly Actor[],
  verb: { start: number; end: number },
  from: number,
  inverse = false,
): { source: Actor | null; target: Actor | null } {
  const marked = (a: Actor, re: RegExp) =>
    re.test(text.slice(Math.max(from, a.start - 14), a.start));
  const to = actors.find((a) => marked(a, TO_MARK)) ?? null;
  const by = actors.find((a) => a !== to && marked(a, FROM_MARK)) ?? null;
  const free = actors.filter((a) => a !== to && a !== by);
  const before = free.filter((a) => a.end <= verb.start).at(-1) ?? null;
  let source = by ?? (inverse ? null : before);
  let target = to ?? (inverse ? before : null);
  const after = free.filter(
    (a) => a.start >= verb.end && a.party.id !== (source ?? target)?.party.id,
  )[0];
  if (!source) source = after ?? null;
  else if (!target) target = after ?? null;
  if (source && target && source.party.id === target.party.id) return { source, target: null };
  return { source, target };
}

function prose(page: ClaimPage, roles: ReadonlyMap<Role, Party>): Payment[] {
  const { text } = page;
  const found: Payment[] = [];
  for (const [start, end] of sentences(page)) {
    const sentence = text.slice(start, end);
    const money = page.mentions.find((m) => m.kind === 'money' && m.start >= start && m.end <= end);
    if (!money) continue;
    PAY.lastIndex = 0;
    RECEIVE.lastIndex = 0;
    const pay = PAY.exec(sentence);
    const receive = pay ? null : RECEIVE.exec(sentence);
    const verbMatch = pay ?? receive;
    if (!verbMatch) continue;
    const verb = {
      start: start + verbMatch.index,
      end: start + verbMatch.index + verbMatch[0].length,
    };
    const actors = actorsIn(page, start, end, roles);
    if (DUTY.test(text.slice(start, verb.start))) continue;
    const { source: payer, target: payee } = sidesOf(text, actors, verb, start, !pay);
    if (!payer || !payee) continue;
    const date =
      page.mentions.find((m) => m.kind === 'date' && m.start >= start && m.end <= end) ?? null;
    const byRole = payer.role !== null || payee.role !== null;
    found.push({
      payer: payer.party,
      payee: payee.party,
      money,
      date,
      rule: byRole ? 'sentence-roles' : 'sentence',
      confidence: byRole ? 0.65 : 0.7,
    });
  }
  return found;
}

export function payments(page: ClaimPage, roles: ReadonlyMap<Role, Party>): Payment[] {
  const rows = tableRows(page);
  return rows.length > 0 ? rows : prose(page, roles);
}
