/**
 * Resolving names that refer to other entries ("Linked To: MAHAN AIR.", a vessel's owner, an
 * aircraft's operator) once every primary name of the load is known. Names are compared by
 * their lookup key (case, accents and punctuation ignored), so "S.A." and "S.A" meet.
 */
import { derivedId, type EntityDraft } from '../../core/model/index.js';
import { lookupKey } from '../../core/normalise/index.js';
import { unknownLink } from '../common/index.js';
import type { NameRef } from './apply-remarks.js';

/** Primary names of the load → the IDs of the entries that bear them. */
export class NameIndex {
  private readonly ids = new Map<string, string[]>();

  add(name: string, id: string) {
    const key = lookupKey(name);
    const list = this.ids.get(key);
    if (list) list.push(id);
    else this.ids.set(key, [id]);
  }

  find(name: string): string[] {
    return this.ids.get(lookupKey(name)) ?? [];
  }
}

/**
 * Turn references into drafts: an UnknownLink per resolved "Linked To", and the owner or
 * operator property on the held-back vessel or aircraft. A "Linked To" that names no entry, or
 * several, is reported and left as text in the notes: a guessed link would be worse than none.
 */
export function resolveRefs(
  refs: NameRef[],
  index: NameIndex,
  held: Map<string, EntityDraft>,
  warn: (message: string) => void,
): EntityDraft[] {
  const links = new Map<string, EntityDraft>();
  for (const ref of refs) {
    const found = index.find(ref.name).filter((id) => id !== ref.fromId);
    if (found.length !== 1) {
      if (ref.kind === 'link') warnUnresolved(ref, found, warn);
      continue;
    }
    const other = found[0]!;
    if (ref.kind === 'link') {
      const id = derivedId(ref.fromId, 'link', other);
      if (links.has(id)) continue;
      links.set(id, unknownLink(id, ref.fromId, other, 'Linked To'));
    } else {
      held.get(ref.fromId)?.add(ref.kind, other, { original: ref.text });
    }
  }
  return [...links.values()];
}

function warnUnresolved(ref: NameRef, found: string[], warn: (message: string) => void) {
  const problem =
    found.length === 0
      ? 'names no entry of this load'
      : `names ${found.length} entries (${found.join(', ')})`;
  warn(`${ref.fromId}: "${ref.text}" ${problem}; kept in the notes only`);
}
