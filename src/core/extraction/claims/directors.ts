/**
 * Directorships: a person named with a director's title, and the organisation they direct.
 * - "ООО «А», ИНН ..., в лице Генерального директора Иванова И. И." (the organisation before);
 * - "Генеральный директор ООО «А» Иванов И. И." (the organisation between title and name);
 * - "Ivan Petrov, General Director of Kupol JSC" (the organisation after "of");
 * - a label under a party: "甲方：北京某某有限公司 / 法定代表人：张三", or a signature block whose
 *   column stands under "Поставщик: ООО «А»".
 */
import { EN_TITLES, RU_TITLES, ZH_TITLES } from '../parties/titles.js';
import { type Party, partyMentions, partyOf } from './actors.js';
import { nominative } from './genitive.js';
import type { ClaimMention, ClaimPage } from './types.js';
import { NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from './words.js';

/** Titles that make a person the head of an organisation (not its accountant or contact). */
const HEAD_ROLES = new Set([
  'генеральный директор',
  'исполнительный директор',
  'директор',
  'президент',
  'председатель правления',
  'управляющий',
  'руководитель',
  '法定代表人',
  '总经理',
  '董事长',
  '总裁',
  'general director',
  'managing director',
  'executive director',
  'chief executive officer',
  'president',
  'chairman',
  'legal representative',
  'general manager',
  'director',
]);

const TITLES = [...RU_TITLES, ...ZH_TITLES, ...EN_TITLES].filter((t) => HEAD_ROLES.has(t.role));
const TITLE = new RegExp(
  `${NOT_AFTER_LETTER}(?:${TITLES.map((t) => `(${t.pattern})`).join('|')})${NOT_BEFORE_LETTER}`,
  'giu',
);

function roleOfTitle(m: RegExpExecArray): string {
  const i = m.slice(1).findIndex((g) => g !== undefined);
  return TITLES[i]?.role ?? '';
}

export interface Directorship {
  director: Party;
  organization: Party;
  role: string;
  rule: string;
  confidence: number;
}

/** The title ending right before `at` (fillers between: colon, underscores, spaces). */
function titleBefore(text: string, at: number, reach = 80): RegExpExecArray | null {
  const from = Math.max(0, at - reach);
  const window = text.slice(from, at);
  let last: RegExpExecArray | null = null;
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(window); m; m = TITLE.exec(window)) last = m;
  if (!last) return null;
  last.index += from;
  return last;
}

function columnOf(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1);
}

/** The organisation whose column, on one of the three lines above, holds `column`. */
function orgAbove(page: ClaimPage, at: number, orgs: readonly ClaimMention[]): ClaimMention | null {
  const { text } = page;
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const column = columnOf(text, at);
  for (let up = 0; up < 3 && lineStart > 0; up++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    // Blocks of a line in columns: runs of text apart by three spaces or more, or a tab.
    const blocks: [number, number][] = [];
    for (const b of line.matchAll(/\S(?:[^\t]*?\S)??(?=\t| {3,}|$)/g)) {
      blocks.push([b.index, b.index + b[0].length]);
    }
    const block = blocks.find(
      ([s, e], i) =>
        column >= s && (column < e || i === blocks.length - 1 || column < blocks[i + 1]![0]),
    );
    if (block) {
      const org = orgs.find(
        (o) => o.start >= prevStart + block[0] && o.end <= prevStart + block[1],
      );
      if (org) return org;
    }
    lineStart = prevStart;
  }
  return null;
}

export function directorships(page: ClaimPage): Directorship[] {
  const { text } = page;
  const parties = partyMentions(page);
  const orgs = parties.filter((m) => m.kind === 'org');
  const found: Directorship[] = [];
  for (const person of parties.filter((m) => m.kind === 'person')) {
    const title = titleBefore(text, person.start);
    const add = (org: ClaimMention, rule: string, confidence: number, genitive = false) => {
      const director = genitive
        ? partyOf(person, nominative(person.text), nominative(person.value))
        : partyOf(person);
      const role = title ? roleOfTitle(title) : 'director';
      found.push({ director, organization: partyOf(org), role, rule, confidence });
    };
    if (title) {
      const between = text.slice(title.index + title[0].length, person.start);
      const titleEnd = title.index + title[0].length;
      const inBetween = orgs.find((o) => o.start >= titleEnd && o.end <= person.start);
      if (inBetween && /^[\s«»"]*$/.test(text.slice(inBetween.end, person.start))) {
        add(inBetween, 'title-org-name', 0.8);
        continue;
      }
      if (!/^[\s:：_.,—-]*$/.test(between)) continue;
      const before = text.slice(Math.max(0, title.index - 20), title.index);
      if (/в\s+лице\s*$/iu.test(before) || /represented\s+by(?:\s+its)?\s*$/iu.test(before)) {
        const org = orgs.filter((o) => o.end <= title.index && title.index - o.end <= 400).at(-1);
        if (org) {
          add(org, 'represented-by', 0.85, /в\s+лице/iu.test(before));
        }
        continue;
      }
      // "北京某某有限公司总经理张三", "АО «Б», генеральный директор Петров П. П.".
      const adjacent = orgs.find(
        (o) => o.end <= title.index && /^[ \t,，、]*$/.test(text.slice(o.end, title.index)),
      );
      if (adjacent) {
        add(adjacent, 'org-title-name', 0.8);
        continue;
      }
      const above = orgAbove(page, title.index, orgs);
      if (above) {
        add(above, 'signature-column', 0.6);
        continue;
      }
      // "甲方：某某有限公司\n法定代表人：张三": the organisation on one of the two lines above.
      const lineStart = text.lastIndexOf('\n', title.index - 1) + 1;
      const twoUp = text.lastIndexOf('\n', text.lastIndexOf('\n', lineStart - 2) - 1) + 1;
      const near = orgs.filter((o) => o.start >= twoUp && o.end <= lineStart).at(-1);
      if (near) add(near, 'label-below-party', 0.65);
      continue;
    }
    // "Ivan Petrov, General Director of Kupol JSC"; "张三，北京某某有限公司总经理" is read above.
    const after = text.slice(person.end, person.end + 80);
    TITLE.lastIndex = 0;
    const m = /^,?\s*(?:the\s+)?/iu.exec(after)!;
    const rest = after.slice(m[0].length);
    const t = TITLE.exec(rest);
    if (t?.index !== 0) continue;
    const ofAt = person.end + m[0].length + t[0].length;
    const of = /^\s*(?:of|at|,)\s*/iu.exec(text.slice(ofAt, ofAt + 10));
    if (!of) continue;
    const org = orgs.find((o) => o.start === ofAt + of[0].length);
    if (org) {
      found.push({
        director: partyOf(person),
        organization: partyOf(org),
        role: roleOfTitle(t),
        rule: 'name-title-of',
        confidence: 0.8,
      });
    }
  }
  return found;
}
