/**
 * The parties a page names, and the roles a contract gives them. A party is an organisation or
 * person mention; it is named in a claim by the list entity its mention is linked to, or else by
 * its kind and normalised value (`org:ооо тск вектор`), the key `dossier xref` groups mentions by.
 * A role defined once ("именуемое в дальнейшем «Поставщик»") stands for its party in the rest of
 * the document ("Поставщик поставляет Покупателю"), on any later page.
 */
import type { ClaimMention, ClaimPage } from './types.js';
import {
  DEFINES_ROLE,
  NOT_AFTER_LETTER,
  NOT_BEFORE_LETTER,
  ROLE_WORDS,
  type Role,
} from './words.js';

export interface Party {
  /** What the claim names: a linked list entity, or `org:<value>` / `person:<value>`. */
  id: string;
  /** As written, quotes and doubled spaces removed. */
  name: string;
  /** The mention it rests on. */
  mention: ClaimMention;
}

/** A party in a sentence: named there, or referred to by its defined role. */
export interface Actor {
  start: number;
  end: number;
  party: Party;
  role: Role | null;
}

const PARTY_KINDS = new Set(['org', 'person']);

export function cleanName(text: string): string {
  return text
    .replace(/[«»“”„"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function partyOf(m: ClaimMention, name = m.text, value = m.value): Party {
  return { id: m.link?.entityId ?? `${m.kind}:${value}`, name: cleanName(name), mention: m };
}

/** The page's organisation and person mentions, by start. */
export function partyMentions(page: ClaimPage): ClaimMention[] {
  return page.mentions
    .filter((m) => PARTY_KINDS.has(m.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

const ROLE_RES = ROLE_WORDS.map(({ pattern, role }) => ({
  re: new RegExp(`${NOT_AFTER_LETTER}(?<!\\p{N})(?:${pattern})${NOT_BEFORE_LETTER}`, 'gu'),
  role,
  han: /\p{Script=Han}/u.test(pattern),
}));

/** Role words on a page: capitalised (Russian, English) or Chinese; never inside a mention. */
export function roleWords(page: ClaimPage): { start: number; end: number; role: Role }[] {
  const found: { start: number; end: number; role: Role }[] = [];
  const inside = (at: number) =>
    page.mentions.some((m) => PARTY_KINDS.has(m.kind) && m.start <= at && at < m.end);
  for (const { re, role, han } of ROLE_RES) {
    // matchAll starts where the shared expression's lastIndex stands (roleOf moves it).
    re.lastIndex = 0;
    for (const m of page.text.matchAll(re)) {
      if (!han && !/^\p{Lu}/u.test(m[0])) continue;
      if (inside(m.index)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, role });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function roleOf(word: string): Role | null {
  for (const { re, role } of ROLE_RES) {
    re.lastIndex = 0;
    const m = re.exec(word);
    re.lastIndex = 0;
    if (m && m.index === 0 && m[0].length === word.length) return role;
  }
  return null;
}

const DEFINITION = new RegExp(`(?:${DEFINES_ROLE.join('|')})\\s*["“«']?\\s*$`, 'iu');

/** How far before a role's definition its party may be named (a requisites block between). */
const DEFINITION_REACH = 400;

/**
 * Roles a document defines, first definition of each role winning: in a preamble ("ООО «А»,
 * ИНН ..., именуемое в дальнейшем «Поставщик»": the nearest organisation before, a person if no
 * organisation) or by a label ("Поставщик: ООО «А»", "Shipper / 发货人: ...", "供方（甲方）：...").
 */
export function definedRoles(pages: readonly ClaimPage[]): Map<Role, Party> {
  const roles = new Map<Role, Party>();
  for (const page of pages) {
    const parties = partyMentions(page);
    for (const word of roleWords(page)) {
      if (roles.has(word.role)) continue;
      const before = page.text.slice(Math.max(0, word.start - 60), word.start);
      if (!DEFINITION.test(before)) continue;
      const earlier = parties.filter(
        (m) => m.end <= word.start && word.start - m.end <= DEFINITION_REACH,
      );
      const org = earlier.filter((m) => m.kind === 'org').at(-1);
      // A party already given another role is not this one ("..., именуемое «Поставщик», и АО").
      const chosen = org ?? earlier.at(-1);
      if (chosen && ![...roles.values()].some((p) => p.mention.id === chosen.id)) {
        roles.set(word.role, partyOf(chosen));
      }
    }
    for (const m of parties) {
      const label = labelBefore(page.text, m.start);
      if (!label) continue;
      for (const role of label) if (!roles.has(role)) roles.set(role, partyOf(m));
    }
  }
  return roles;
}

/**
 * The roles a label right before a party names: "Поставщик: ", "Shipper / 发货人: ",
 * "供方（甲方）：". The label is what lies between the start of its line (or a wide gap, in two
 * columns) and the colon.
 */
export function labelBefore(text: string, at: number): Role[] | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  const m = /([^\n\t:：]*?)\s*[:：]\s*$/u.exec(before);
  if (!m) return null;
  const label = m[1]!.split(/ {3,}/).at(-1)!.trim();
  if (label.length === 0 || label.length > 40) return null;
  const roles: Role[] = [];
  for (const piece of label.split(/\s*[/|（）()]\s*/)) {
    const role = piece ? roleOf(piece.trim()) : null;
    if (role && !roles.includes(role)) roles.push(role);
  }
  return roles.length > 0 ? roles : null;
}

/** The parties named or referred to between two offsets of a page, in text order. */
export function actorsIn(
  page: ClaimPage,
  start: number,
  end: number,
  roles: ReadonlyMap<Role, Party>,
): Actor[] {
  const actors: Actor[] = [];
  for (const m of partyMentions(page)) {
    if (m.start >= start && m.end <= end) {
      actors.push({ start: m.start, end: m.end, party: partyOf(m), role: null });
    }
  }
  for (const word of roleWords(page)) {
    const party = roles.get(word.role);
    if (!party || word.start < start || word.end > end) continue;
    // A label before the party it names is not a second actor.
    if (actors.some((a) => a.party.mention.id === party.mention.id && a.start >= word.end)) {
      const next = page.text.slice(word.end, word.end + 4);
      if (/^\s*[:：/]/.test(next)) continue;
    }
    actors.push({ start: word.start, end: word.end, party, role: word.role });
  }
  return actors.sort((a, b) => a.start - b.start);
}

/**
 * Sentences as offsets: ended by . ! ? ; 。！？； (not inside a mention, not after a lone
 * capital, as in initials) or a blank line.
 */
export function sentences(page: ClaimPage): [number, number][] {
  const { text } = page;
  const spans = page.mentions.filter((m) => PARTY_KINDS.has(m.kind) || m.kind === 'money');
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?;。！？；]|\n\s*\n/g)) {
    const at = m.index;
    if (spans.some((s) => s.start <= at && at < s.end)) continue;
    if (m[0] === '.' && /(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (m[0] === '.' && /\d$/.test(text.slice(0, at)) && /^\d/.test(text.slice(at + 1))) continue;
    out.push([from, at + m[0].length]);
    from = at + m[0].length;
  }
  if (from < text.length) out.push([from, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}
