/**
 * Links between parties of one list, found while streaming it: an entry names another (by its
 * UN reference in a remark, by name as a parent company) that may come later in the file, so
 * mentions are kept until the whole file has been read and resolved then.
 */
import { derivedId, type EntityDraft } from '../../core/model/index.js';
import { lookupKey } from '../../core/normalise/index.js';
import { unknownLink } from './links.js';

interface Mention {
  subject: string;
  key: string;
  role: string;
}

export class LinkResolver {
  /** Key → entity ID; null when two entities share the key, so that it designates neither. */
  private readonly ids = new Map<string, string | null>();
  private readonly mentions: Mention[] = [];

  /** The key of a UN reference ("QDi.136") or of a name, ignoring case and punctuation. */
  static key(kind: 'ref' | 'name', text: string): string {
    return `${kind}:${lookupKey(text)}`;
  }

  /** Remember that `key` designates the entity `id`. */
  register(key: string, id: string): void {
    const known = this.ids.get(key);
    if (known === undefined) this.ids.set(key, id);
    else if (known !== id) this.ids.set(key, null);
  }

  /** Link `subject` to whatever `key` designates, once known; `role` says how they relate. */
  mention(subject: string, key: string, role: string): void {
    this.mentions.push({ subject, key, role });
  }

  /**
   * An UnknownLink for each mention whose key designates one other entity of the file, and the
   * number of mentions that designate none (a party not on this list, or an ambiguous name).
   */
  resolve(): { links: EntityDraft[]; unresolved: number } {
    const links = new Map<string, EntityDraft>();
    let unresolved = 0;
    for (const { subject, key, role } of this.mentions) {
      const object = this.ids.get(key);
      if (!object) unresolved++;
      if (!object || object === subject) continue;
      const id = derivedId(subject, 'link', object);
      // A second mention of the same party adds its sentence as another role.
      const known = links.get(id);
      if (known) known.add('role', role);
      else links.set(id, unknownLink(id, subject, object, role));
    }
    return { links: [...links.values()], unresolved };
  }
}
