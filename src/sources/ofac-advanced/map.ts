/**
 * Advanced-XML parties to FollowTheMoney drafts: the party (ID `ofac-<FixedRef>`, the same ID
 * as from SDN.XML), its Sanction from the sanctions entries of its profile, and what its
 * features and documents derive. Relationships between profiles become UnknownLinks.
 */
import { derivedId, type EntityDraft } from '../../core/model/index.js';
import { unknownLink } from '../common/index.js';
import { EntryDrafts, type LinkBook, OFAC_AUTHORITY } from '../common/ofac/index.js';
import { SourceError } from '../io/index.js';
import { addDocuments, addFeatures } from './features.js';
import { addNames } from './names.js';
import type { Party } from './parties.js';
import type { Tables } from './read.js';
import type { References } from './refs.js';

/** The FtM schema of a party, from its PartySubType and that subtype's PartyType. */
export function schemaOf(refs: References, subTypeId: string | null): string | null {
  const subType = refs.value('PartySubType', subTypeId);
  if (!subType) return null;
  if (subType.text === 'Vessel') return 'Vessel';
  if (subType.text === 'Aircraft') return 'Airplane';
  const partyType = refs.text('PartyType', subType.attrs.PartyTypeID);
  if (partyType === 'Individual') return 'Person';
  if (partyType === 'Entity') return 'Organization';
  // "Other Entity", "Location" and the like: a party of unknown legal form.
  return 'LegalEntity';
}

/** The Sanction: who lists the party, on which list and programs, when and under what law. */
function addSanction(drafts: EntryDrafts, tables: Tables, party: Party) {
  const { refs } = tables;
  const { target, sanction } = drafts;
  const bodies = refs.all('SubsidiaryBody').map((b) => b.text);
  sanction.addAll('authority', bodies.length > 0 ? bodies : [OFAC_AUTHORITY]);
  sanction.add('authorityId', party.fixedRef);
  const entries = tables.entries.get(party.profileId) ?? [];
  for (const entry of entries) {
    for (const measure of entry.measures) {
      const type = refs.text('SanctionsType', measure.typeId);
      if (type === 'Program' && measure.comment) {
        for (const draft of [target, sanction]) {
          draft.add('program', measure.comment);
          draft.add('programId', measure.comment);
        }
      } else if (type) {
        sanction.add('provisions', measure.comment ? `${type}: ${measure.comment}` : type);
      }
    }
    for (const event of entry.events) {
      if (refs.text('EntryEventType', event.typeId) === 'Created') {
        sanction.add('listingDate', event.date);
      }
      const basis = refs.text('LegalBasis', event.legalBasisId);
      if (basis && basis !== 'Unknown') sanction.add('reason', basis);
    }
  }
  // The list ("SDN List") after the programs, so that the programs caption the Sanction.
  for (const entry of entries) sanction.add('program', refs.text('List', entry.listId));
}

/** What mapping a party needs besides the party itself. */
export interface PartyContext {
  tables: Tables;
  links: LinkBook;
  /** The file's name, for messages. */
  file: string;
  path: string;
  warn(message: string): void;
}

/** Map one party; returns its drafts and the identity IDs it holds. */
export function mapParty(
  party: Party,
  ctx: PartyContext,
): { drafts: EntityDraft[]; identities: string[] } {
  const { refs } = ctx.tables;
  const where = `DistinctParty ${party.fixedRef} (line ${party.line})`;
  const schema = schemaOf(refs, party.subTypeId);
  if (!schema) {
    throw new SourceError(
      ctx.path,
      where,
      `PartySubTypeID ${party.subTypeId ?? '(none)'} is not in the reference tables`,
    );
  }
  const drafts = new EntryDrafts(
    schema,
    `ofac-${party.fixedRef}`,
    ctx.links,
    `${ctx.file}: ${where}`,
  );
  if (!addNames(drafts, refs, party.identities)) {
    throw new SourceError(ctx.path, where, 'no primary name (Alias of type "Name")');
  }
  addSanction(drafts, ctx.tables, party);
  addFeatures(drafts, ctx.tables, party, ctx.warn);
  const identities = addDocuments(drafts, ctx.tables, party);
  drafts.target.add('notes', party.comment);
  return { drafts: drafts.all(), identities };
}

/**
 * The relationships between profiles, once all parties are read: an UnknownLink from one party
 * to the other, its role the RelationType. A profile not in the file is reported.
 */
export function* relationshipDrafts(
  tables: Tables,
  profiles: Map<string, string>,
  warn: (message: string) => void,
): Iterable<EntityDraft> {
  for (const rel of tables.relationships) {
    const subject = profiles.get(rel.fromProfileId);
    const object = profiles.get(rel.toProfileId);
    if (!subject || !object) {
      const missing = subject ? rel.toProfileId : rel.fromProfileId;
      warn(`ProfileRelationship ${rel.id}: profile ${missing} is not a party of the file`);
      continue;
    }
    const role = tables.refs.text('RelationType', rel.typeId);
    const link = unknownLink(derivedId(subject, 'rel', rel.id), subject, object, role);
    if (rel.former) link.add('status', 'former');
    yield link;
  }
}
