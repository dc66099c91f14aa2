/**
 * Names as the comparers see them: each name becomes one or more forms (one per transliteration
 * variant, plus its own script when that is not Latin), each a list of tokens with what the
 * aligner needs precomputed: folded keys, weights, kinds, lineage segments. Everything here runs
 * once per name at index or query time, so that the comparison itself allocates nothing.
 */
import { numberTokens } from './number-words.js';
import { type Facts, formFacts, textHash } from './token-facts.js';
import {
  foldKey,
  LINEAGE,
  PARTICLE_KEYS,
  PARTICLES,
  repairConfusables,
  stripEnding,
  TITLES,
} from './name-rules.js';

/** What a token is, for weighting and for the rules of the aligner. */
export enum Kind {
  Word = 0,
  Particle = 1,
  Initials = 2,
  Number = 3,
  Generic = 4,
  Patronymic = 5,
}

export interface NameForm {
  /** Normalised tokens, in the order written (Latin, or the name's own script if `native`). */
  tokens: string[];
  /** Folded keys, under which transliteration variants coincide (see name-rules.ts). */
  keys: string[];
  /**
   * Keys of the tokens as written: a generic word's own spelling ("tecnologia") where the token
   * is its canonical concept, so that a misspelt generic word ("tecnoogia") still pairs with it.
   */
  writtenKeys: string[];
  /** Keys without an inflectional ending (Putinas → putin), or '' where there is none. */
  stems: string[];
  /**
   * The numbers the token comparers look at first, per token (see token-facts.ts): among them
   * each token's kind, and whether it is a number or has digits (numbers pair only with equal
   * numbers). Then the lengths, first letters and letters of each joined key, runs of two
   * first: one array for all, read in one go.
   */
  facts: Facts;
  /** Consonant skeletons of Latin tokens, for names read from scripts without vowels. */
  skeletons: string[];
  /** How much each token says about identity: particles and generic words say little. */
  weights: number[];
  /** How many lineage particles (bin, ibn) precede each token: its generation in a nasab. */
  segments: number[];
  /** Keys of two and three adjacent tokens joined (index of the first), for split names. */
  joined2: string[];
  joined3: string[];
  /**
   * The longest of the tokens, keys and written keys, and the longest joined run: how alike two
   * forms can be at best is bounded by how long their texts are (see `mayAlignAtLeast`).
   */
  longestSingle: number;
  longestRun: number;
  /** The first letters of the tokens, for acronyms ("pla" for People's Liberation Army). */
  initials: string;
  /** The tokens joined without spaces, for "Jong-un" / "Jongun" style comparisons. */
  compact: string;
  /** An organisation's name with its legal forms, joined ("SiemensAG" and "Siemens AG"). */
  fullCompact: string;
  /** The keys joined without spaces, and a hash of them to compare first. */
  compactKey: string;
  compactKeyHash: number;
  /** Whether the tokens are in the name's own (non-Latin) script rather than transliterated. */
  native: boolean;
  /** Whether the tokens are consonant skeletons read from an abjad (Arabic, Hebrew) name. */
  skeletal: boolean;
  /** The name's script when it is not Latin, else null. */
  script: string | null;
  isPerson: boolean;
  /** The name as given, for explanations. */
  original: string;
}

export interface NameFormTools {
  /** Latin spellings of a name in any script, normalised: a few variants, not one. */
  latinVariants(name: string): string[];
  /** The name without its legal forms ("OOO", "GmbH"), read in the name's own script. */
  stripLegalForms?(name: string): string;
  /** Generic words made canonical ("zavod" and "plant" alike), with which tokens they are. */
  orgTokens?(tokens: string[]): { tokens: string[]; generic: boolean[]; written?: string[] };
  /** More Latin readings of an organisation's name: Chinese with its business words in English. */
  orgLatinVariants?(name: string): string[];
  /** An organisation's shorter names: its distinctive name, its acronym with that name. */
  orgReductions?(
    tokens: string[],
    generic: boolean[],
    written: string[],
  ): { tokens: string[]; generic: boolean[]; written: string[] }[];
  /** The script of a name written wholly in one non-Latin script, else null. */
  nativeScript?(name: string): string | null;
  /** The name normalised in its own script, split into tokens (characters for CJK). */
  nativeTokens?(name: string): string[];
  /** Consonant skeletons of a name written in Arabic or Hebrew letters, else null. */
  abjadSkeletons?(name: string): string[] | null;
  /** The consonant skeleton of a normalised Latin token. */
  latinSkeleton?(token: string): string;
}

/** Fallback transliteration: Latin with diacritics removed; other scripts pass through. */
export function basicLatin(name: string): string[] {
  return [
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/%/g, ' percent ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  ];
}

const PATRONYMIC = /(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna|yevich|ievich)$/;
const DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
/** Roman numerals of two letters or more ("Solutions II"): one letter is more often an initial. */
const ROMAN = /^(?=[ivxl]{2})x{0,3}(?:ix|iv|v?i{0,3})$/;
/** A lone I, V or X ends a series name ("Capital Trust I", "Partners V") more often than not. */
const ROMAN_LETTER = /^[ivx]$/;

function tokenKind(
  token: string,
  isPerson: boolean,
  generic: boolean,
  initials: boolean,
  last: boolean,
): Kind {
  if (PARTICLES.has(token)) return Kind.Particle;
  if (DIGITS.test(token)) return Kind.Number;
  if (!isPerson && (ROMAN.test(token) || (last && ROMAN_LETTER.test(token)))) return Kind.Number;
  if (token.length === 1 || (initials && isPerson)) return Kind.Initials;
  if (generic) return Kind.Generic;
  if (isPerson && token.length > 6 && PATRONYMIC.test(token)) return Kind.Patronymic;
  return Kind.Word;
}

const KIND_WEIGHTS = [1, 0.3, 0.3, 1.3, 0.5, 0.6];

const LETTER = /^\p{L}$/u;
/** "H&M" and "H and M": the ampersand vanishes in normalisation, so its words go too; and an
 * organisation is the same with or without "the". */
const CONNECTIVES = new Set(['and', 'und', 'et', 'the']);
/** "MV Hellenic Spirit": motor vessel and motor tanker prefixes are not part of a ship's name. */
const VESSEL_PREFIXES = new Set(['mv', 'mt']);

/**
 * Tokens cleaned: person titles dropped while something else is left, digits typed for letters
 * read as letters, number words read as numbers (organisations). Runs of single letters (J. C.,
 * N.A.B.C.) are joined into one token, which `initials` marks.
 */
function cleanTokens(tokens: string[], isPerson: boolean) {
  const numbers = isPerson ? tokens : numberTokens(tokens);
  const repaired = numbers.map((t) => repairConfusables(t) ?? t);
  const kept = repaired.filter((t, i) =>
    isPerson ? !TITLES.has(t) : !CONNECTIVES.has(t) && !(i === 0 && VESSEL_PREFIXES.has(t)),
  );
  const base = kept.length > 0 ? kept : repaired;
  const out: string[] = [];
  const initials: boolean[] = [];
  for (let i = 0; i < base.length; i++) {
    let run = base[i]!;
    while (LETTER.test(base[i]!) && base[i + 1] !== undefined && LETTER.test(base[i + 1]!)) {
      run += base[++i]!;
    }
    out.push(run);
    initials.push(LETTER.test(base[i]!));
  }
  return { tokens: out, initials };
}

function lineageSegments(tokens: string[]): number[] {
  let segment = 0;
  return tokens.map((t) => (LINEAGE.has(t) ? segment++ : segment));
}

interface Tagged {
  tokens: string[];
  generic: boolean[];
  initials: boolean[];
  /** Each token as the name wrote it, where a generic word was made canonical. */
  written?: string[];
}

/**
 * Where a form's tokens come from: a Latin spelling (with the name's script, if not Latin, and
 * its legal forms glued on), the name's own script, or the consonant skeletons of an abjad.
 */
interface FormSetting {
  kind: 'latin' | 'native' | 'skeletal';
  script: string | null;
  fullCompact: string;
}

const LATIN: FormSetting = { kind: 'latin', script: null, fullCompact: '' };

/**
 * A form, built in one object literal: every form has the same fields in the same order, so
 * the comparers' property reads meet one object shape.
 */
function buildForm(
  { tokens, generic, initials, written }: Tagged,
  isPerson: boolean,
  original: string,
  tools: NameFormTools,
  setting: FormSetting = LATIN,
): NameForm {
  const kinds = tokens.map((t, i) =>
    tokenKind(
      t,
      isPerson,
      generic[i] ?? false,
      initials[i] ?? false,
      i > 0 && i === tokens.length - 1,
    ),
  );
  const clean = tokens;
  const weights = kinds.map((k, i) =>
    // A lone letter, initial or numeral ("Fund I"), says as little as an initial.
    k === Kind.Initials || clean[i]!.length === 1
      ? Math.min(1, 0.3 * clean[i]!.length)
      : KIND_WEIGHTS[k]!,
  );
  const folded = clean.map((t) => PARTICLE_KEYS.get(t) ?? foldKey(t));
  // Tokens in their own script, or skeletons, are their own keys: Latin folding means nothing
  // to them. Their stems and runs are still taken from the folded keys.
  const own = setting.kind !== 'latin';
  const keys = own ? clean : folded;
  const stems = folded.map((k) => stripEnding(k) ?? '');
  const joined2 = folded.slice(0, -1).map((k, i) => k + folded[i + 1]);
  const joined3 = folded.slice(0, -2).map((k, i) => k + folded[i + 1] + folded[i + 2]);
  const numeric = clean.map((t, i) => kinds[i] === Kind.Number || HAS_DIGIT.test(t));
  const writtenKeys = kinds.map((k, i) =>
    k === Kind.Generic && written?.[i] ? foldKey(written[i].replaceAll(' ', '')) : folded[i]!,
  );
  const compact = clean.join('');
  const compactKey = own ? compact : folded.join('');
  return {
    tokens: clean,
    keys,
    writtenKeys,
    stems,
    facts: formFacts({ tokens: clean, keys, stems, kinds, numeric, joined2, joined3 }),
    skeletons: tools.latinSkeleton ? clean.map(tools.latinSkeleton) : [],
    weights,
    segments: lineageSegments(clean),
    joined2,
    joined3,
    longestSingle: longest([clean, keys, writtenKeys]),
    longestRun: longest([joined2, joined3]),
    initials: clean.map((t) => t[0]).join(''),
    compact,
    compactKey,
    compactKeyHash: textHash(compactKey),
    fullCompact: setting.fullCompact,
    native: setting.kind === 'native',
    skeletal: setting.kind === 'skeletal',
    script: setting.script,
    isPerson,
    original,
  };
}

/**
 * A form read back from a snapshot, rebuilt in the literal of `buildForm`. Structured cloning
 * gives a decoded object a shape of its own, built one property at a time; a comparer that meets
 * those beside the forms of a query slows down (about 7% measured on a loaded index). The fields
 * are in `buildForm`'s order: a test holds the two to the same keys.
 */
export function reviveForm(f: NameForm): NameForm {
  return {
    tokens: f.tokens,
    keys: f.keys,
    writtenKeys: f.writtenKeys,
    stems: f.stems,
    facts: f.facts,
    skeletons: f.skeletons,
    weights: f.weights,
    segments: f.segments,
    joined2: f.joined2,
    joined3: f.joined3,
    longestSingle: f.longestSingle,
    longestRun: f.longestRun,
    initials: f.initials,
    compact: f.compact,
    compactKey: f.compactKey,
    compactKeyHash: f.compactKeyHash,
    fullCompact: f.fullCompact,
    native: f.native,
    skeletal: f.skeletal,
    script: f.script,
    isPerson: f.isPerson,
    original: f.original,
  };
}

function longest(lists: readonly (readonly string[])[]): number {
  let length = 0;
  for (const list of lists) for (const text of list) length = Math.max(length, text.length);
  return length;
}

function untagged(tokens: string[]): Tagged {
  return { tokens, generic: [], initials: [] };
}

/** Forms in the name's own script and from its consonant skeletons, for non-Latin names. */
function scriptForms(
  name: string,
  script: string | null,
  isPerson: boolean,
  tools: NameFormTools,
): NameForm[] {
  if (script === null) return [];
  const forms: NameForm[] = [];
  const none = {} as NameFormTools;
  const native = tools.nativeTokens?.(name) ?? [];
  if (native.length > 0) {
    const setting: FormSetting = { kind: 'native', script, fullCompact: '' };
    forms.push(buildForm(untagged(native), isPerson, name, none, setting));
  }
  for (const skeleton of tools.abjadSkeletons?.(name) ?? []) {
    const tokens = skeleton.split(' ').filter((t) => t.length > 0);
    if (tokens.length === 0) continue;
    const setting: FormSetting = { kind: 'skeletal', script, fullCompact: '' };
    forms.push(buildForm(untagged(tokens), isPerson, name, none, setting));
  }
  return forms;
}

/** "PUTIN, Vladimir": a person's surname written first, as lists do, put back in reading order. */
function readingOrder(name: string, isPerson: boolean): string {
  const parts = name.split(',');
  if (!isPerson || parts.length !== 2 || !/\p{L}/u.test(parts[1]!)) return name;
  return `${parts[1]!.trim()} ${parts[0]!.trim()}`;
}

/** "Al-Qa'ida/Islamic Army": each side of a slash between words is a name of its own too. */
function alternatives(name: string): string[] {
  if (!name.includes('/')) return [name];
  const parts = name.split('/').map((p) => p.trim());
  if (parts.some((p) => !/\p{L}{3}/u.test(p))) return [name];
  return [name, ...parts];
}

/**
 * The forms of one name: a Latin form per transliteration variant (legal forms set aside and
 * generic words canonical for organisations), and for a name in another script a form in that
 * script and, for Arabic and Hebrew, forms of its consonant skeletons.
 */
export function makeNameForms(
  name: string,
  isPerson: boolean,
  tools: NameFormTools = { latinVariants: basicLatin },
): NameForm[] {
  const forms: NameForm[] = [];
  const seen = new Set<string>();
  for (const alternative of alternatives(readingOrder(name, isPerson))) {
    const base =
      !isPerson && tools.stripLegalForms ? tools.stripLegalForms(alternative) : alternative;
    const script = tools.nativeScript?.(base) ?? null;
    // Only Latin names glue a legal form to the name ("SiemensAG").
    const fullCompact = base === alternative || script !== null ? '' : basicLatin(alternative)[0]!;
    const setting: FormSetting = {
      kind: 'latin',
      script,
      fullCompact: fullCompact.replaceAll(' ', ''),
    };
    const variants = [...tools.latinVariants(base)];
    if (!isPerson && tools.orgLatinVariants) variants.push(...tools.orgLatinVariants(base));
    const add = (tagged: Tagged) => {
      const key = tagged.tokens.join(' ');
      if (tagged.tokens.length === 0 || seen.has(key)) return;
      seen.add(key);
      forms.push(buildForm(tagged, isPerson, name, tools, setting));
    };
    for (const variant of variants) {
      const clean = cleanTokens(
        variant.split(' ').filter((t) => t.length > 0),
        isPerson,
      );
      const org = !isPerson && tools.orgTokens ? tools.orgTokens(clean.tokens) : null;
      if (!org) {
        add({ tokens: clean.tokens, generic: [], initials: clean.initials });
        continue;
      }
      add({ tokens: org.tokens, generic: org.generic, initials: [], written: org.written });
      // "Kupol" and "IEMZ Kupol" for Izhevsk Electromechanical Plant Kupol (see orgs/reduce.ts).
      const written = org.written ?? org.tokens;
      for (const reduced of tools.orgReductions?.(org.tokens, org.generic, written) ?? []) {
        add({ ...reduced, initials: [] });
      }
    }
    forms.push(...scriptForms(base, script, isPerson, tools));
  }
  return forms;
}
