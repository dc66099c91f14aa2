/**
 * Links that OFAC gives by name ("Linked To: ROSTEC", a vessel's owner, an aircraft's operator).
 * The named party may be listed later in the file, so links wait until every entry has been
 * read and are then resolved against the names of the file's own entries. Only names are kept
 * in memory (a few per entry), never the entries themselves.
 */
import { derivedId, EntityDraft, getSchema } from '../../../core/model/index.js';
import { lookupKey } from '../../../core/normalise/index.js';
import { unknownLink } from '../links.js';
import type { LinkKind } from './labels.js';

/** A link from one entry to a party named in its text. */
export interface PendingLink {
  kind: LinkKind;
  /** The entry that names the other party, and its schema. */
  fromId: string;
  fromSchema: string;
  /** The other party's name as the entry gives it. */
  name: string;
  /** The label under which the name appeared ("Linked To:", "Vessel Owner"): the link's role. */
  role: string;
  /** Where the name was read, for warnings ("entry 15119"). */
  where: string;
}

interface Named {
  primary: Set<string>;
  other: Set<string>;
}

/** The names of a file's entries, and the links that wait for them. */
export class LinkBook {
  private readonly names = new Map<string, Named>();
  private readonly legalEntities = new Set<string>();
  private readonly pending: PendingLink[] = [];

  /** Record an entry's name; primary names win over aliases when a name is shared. */
  addName(id: string, schema: string, name: string, primary: boolean) {
    const key = lookupKey(name);
    if (key === '') return;
    let named = this.names.get(key);
    if (!named) {
      named = { primary: new Set(), other: new Set() };
      this.names.set(key, named);
    }
    (primary ? named.primary : named.other).add(id);
    if (getSchema(schema).isA('LegalEntity')) this.legalEntities.add(id);
  }

  request(link: PendingLink) {
    this.pending.push(link);
  }

  /** The ID of the one entry with this name (as primary name, else as alias), or the problem. */
  resolve(name: string, legalOnly: boolean): { id: string } | { problem: string } {
    const named = this.names.get(lookupKey(name));
    const usable = (ids: Set<string> | undefined) =>
      [...(ids ?? [])].filter((id) => !legalOnly || this.legalEntities.has(id));
    for (const ids of [usable(named?.primary), usable(named?.other)]) {
      if (ids.length === 1) return { id: ids[0]! };
      if (ids.length > 1)
        return { problem: `${ids.length} entries have that name (${ids.join(', ')})` };
    }
    return { problem: 'no entry in the file has that name' };
  }

  /**
   * The link entities, once all entries are known. "Linked To" names that match no entry are
   * reported and dropped; an owner or operator that is not listed becomes a plain (non-target)
   * LegalEntity, because its name is still worth screening against.
   */
  *settle(warn: (message: string) => void): Iterable<EntityDraft> {
    const done = new Set<string>();
    const once = function* (draft: EntityDraft) {
      if (done.has(draft.id)) return;
      done.add(draft.id);
      yield draft;
    };
    for (const link of this.pending.splice(0)) {
      const found = this.resolve(link.name, link.kind !== 'linked');
      if ('id' in found && found.id === link.fromId) continue;
      if ('id' in found) {
        yield* once(linkDraft(link, found.id));
      } else if (link.kind === 'linked') {
        warn(`${link.where}: ${link.role} "${link.name}" not resolved: ${found.problem}`);
      } else {
        const party = new EntityDraft(
          'LegalEntity',
          derivedId('ofac', 'named', lookupKey(link.name)),
        );
        party.add('name', link.name);
        yield* once(party);
        yield* once(linkDraft(link, party.id));
      }
    }
  }
}

/** Ownership for a vessel's owner; an UnknownLink (party → entry) for the rest. */
function linkDraft(link: PendingLink, otherId: string): EntityDraft {
  if (link.kind === 'owner' && getSchema(link.fromSchema).isA('Asset')) {
    const own = new EntityDraft('Ownership', derivedId(link.fromId, 'owner', otherId));
    own.add('owner', otherId);
    own.add('asset', link.fromId);
    own.add('role', link.role);
    return own;
  }
  // "Linked To" reads from the entry to the other party; an operator operates the entry.
  const [subject, object] =
    link.kind === 'linked' ? [link.fromId, otherId] : [otherId, link.fromId];
  return unknownLink(derivedId(link.fromId, 'link', otherId), subject, object, link.role);
}
