/**
 * Cleaning by FollowTheMoney property type: every loader calls this, so a value means the same
 * thing whatever list it came from. Returns null when the text holds no valid value of the type.
 */
import { cleanCountry } from './countries.js';
import { cleanDate, type DateOptions } from './dates.js';
import { cleanIdentifier } from './identifiers.js';
import { collapseSpaces, lookupTable } from './text.js';

export interface CleanOptions extends DateOptions {
  /** The property, for rules that depend on it (digits-only INN, IMO prefix). */
  prop?: string;
}

const GENDERS = lookupTable({
  male: 'male',
  m: 'male',
  man: 'male',
  female: 'female',
  f: 'female',
  woman: 'female',
  other: 'other',
});

function cleanGender(raw: string): string | null {
  return GENDERS[raw.trim().toLowerCase()] ?? null;
}

function cleanEmail(raw: string): string | null {
  const text = raw.trim().replace(/^mailto:/i, '');
  const at = text.lastIndexOf('@');
  if (at < 1 || at === text.length - 1 || /\s/.test(text)) return null;
  return `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
}

function cleanPhone(raw: string): string | null {
  const text = raw.trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5) return null;
  return text.startsWith('+') || text.startsWith('00') ? `+${digits.replace(/^00/, '')}` : digits;
}

function cleanUrl(raw: string): string | null {
  const text = raw.trim();
  if (text === '' || /\s/.test(text)) return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
}

/**
 * The longest name a list may give, in UTF-16 code units after spaces are collapsed. The longest
 * official names are a few hundred characters (OFAC's longest is 165); a longer value is junk or
 * an attack, and folding and indexing a name costs time and memory in proportion to its length.
 * A list's longer name is rejected (reported, the rest of the file loads); a query's is refused.
 */
export const MAX_NAME_LENGTH = 1000;

function cleanName(raw: string): string | null {
  const text = collapseSpaces(raw);
  return text === '' || text.length > MAX_NAME_LENGTH ? null : text;
}

export function cleanValue(type: string, raw: string, options: CleanOptions = {}): string | null {
  if (typeof raw !== 'string') return null;
  switch (type) {
    case 'date':
      return cleanDate(raw, options);
    case 'country':
      return cleanCountry(raw);
    case 'identifier':
      return cleanIdentifier(raw, options.prop);
    case 'gender':
      return cleanGender(raw);
    case 'email':
      return cleanEmail(raw);
    case 'phone':
      return cleanPhone(raw);
    case 'url':
      return cleanUrl(raw);
    case 'name':
      return cleanName(raw);
    case 'text':
    case 'html':
      return raw.trim() === '' ? null : raw.trim();
    default: {
      const text = collapseSpaces(raw);
      return text === '' ? null : text;
    }
  }
}
