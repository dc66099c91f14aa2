/**
 * A party's names: each Alias of each Identity, each spelt in one or more scripts. The primary
 * alias's Latin spelling is the entity's `name`; its other scripts are aliases in their
 * language; A.K.A. names are aliases (weak aliases when OFAC marks them low quality) and F.K.A.
 * names previous names.
 */
import { lookupTable } from '../../core/normalise/index.js';
import type { EntryDrafts } from '../common/ofac/index.js';
import type { DocumentedName, Identity } from './parties.js';
import type { References } from './refs.js';

/**
 * The language of names in a script (by the Script's ScriptCode or text). Cyrillic names on
 * OFAC's lists are Russian spellings, Han names Chinese; Latin has no one language.
 */
const SCRIPT_LANGS = lookupTable({
  latin: null,
  latn: null,
  arab: 'ara',
  arabic: 'ara',
  cyrl: 'rus',
  cyrillic: 'rus',
  hans: 'zho',
  hant: 'zho',
  hani: 'zho',
  hang: 'kor',
  hangul: 'kor',
  korean: 'kor',
  japanese: 'jpn',
  jpan: 'jpn',
  grek: 'ell',
  greek: 'ell',
  hebr: 'heb',
  hebrew: 'heb',
  armn: 'hye',
  armenian: 'hye',
  geor: 'kat',
  georgian: 'kat',
});

/** The person properties that name parts fill, by NamePartType text. */
const PART_PROPS = lookupTable({
  'last name': 'lastName',
  'first name': 'firstName',
  'middle name': 'middleName',
  patronymic: 'fatherName',
  matronymic: 'motherName',
});

interface Script {
  latin: boolean;
  lang: string | null;
}

function scriptOf(refs: References, scriptId: string | null): Script {
  const script = refs.value('Script', scriptId);
  if (!script) return { latin: true, lang: null };
  const keys = [script.attrs.ScriptCode, script.text].map((k) => k?.toLowerCase() ?? '');
  const known = keys.find((k) => k in SCRIPT_LANGS);
  if (known === undefined) return { latin: false, lang: null };
  const lang = SCRIPT_LANGS[known] ?? null;
  return { latin: lang === null, lang };
}

interface Spelling {
  text: string;
  script: Script;
  parts: { prop: string | undefined; value: string }[];
}

/**
 * A documented name as OFAC displays it: "LAST, First Middle" for a person in Latin script,
 * the parts in the file's order otherwise (the comma is a Latin-script convention).
 */
function spell(
  refs: References,
  identity: Identity,
  name: DocumentedName,
  person: boolean,
): Spelling | null {
  if (name.parts.length === 0) return null;
  const script = scriptOf(refs, name.parts[0]!.scriptId);
  const parts = name.parts.map((p) => {
    const type = refs.text('NamePartType', identity.groups.get(p.groupId))?.toLowerCase() ?? '';
    return { prop: PART_PROPS[type], value: p.value };
  });
  const last = parts.filter((p) => p.prop === 'lastName').map((p) => p.value);
  const rest = parts.filter((p) => p.prop !== 'lastName').map((p) => p.value);
  const text =
    person && script.latin && last.length > 0 && rest.length > 0
      ? `${last.join(' ')}, ${rest.join(' ')}`
      : parts.map((p) => p.value).join(' ');
  return { text, script, parts };
}

type NameProp = 'name' | 'alias' | 'previousName' | 'weakAlias';

function aliasProp(type: string, lowQuality: boolean): NameProp {
  if (type === 'f.k.a.') return 'previousName';
  return lowQuality ? 'weakAlias' : 'alias';
}

function addSpelling(drafts: EntryDrafts, prop: NameProp, s: Spelling, person: boolean) {
  drafts.addName(prop, s.text, s.script.lang ?? undefined);
  // Weak aliases are too unreliable to tag name parts with.
  if (!person || prop === 'weakAlias') return;
  for (const part of s.parts) {
    if (part.prop) drafts.target.add(part.prop, part.value, { lang: s.script.lang });
  }
}

/** Add the names of the party's identities; false when it has no name at all. */
export function addNames(drafts: EntryDrafts, refs: References, identities: Identity[]): boolean {
  const person = drafts.target.schema.isA('Person');
  for (const identity of identities) {
    for (const alias of identity.aliases) {
      const type = refs.text('AliasType', alias.typeId)?.toLowerCase() ?? '';
      const main = alias.primary && type === 'name';
      const primaryIndex = Math.max(
        0,
        alias.names.findIndex((n) => refs.text('DocNameStatus', n.statusId) === 'Primary Latin'),
      );
      alias.names.forEach((name, i) => {
        const spelling = spell(refs, identity, name, person);
        if (!spelling) return;
        const prop = main
          ? i === primaryIndex
            ? 'name'
            : 'alias'
          : aliasProp(type, alias.lowQuality);
        addSpelling(drafts, prop, spelling, person);
      });
    }
  }
  return drafts.target.has('name');
}
