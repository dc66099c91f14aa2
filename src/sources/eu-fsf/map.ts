/**
 * EU FSF records to FollowTheMoney drafts: the party (Person or Organization), its Sanction, and
 * the Address and Identification entities derived from it.
 */
import { EntityDraft } from '../../core/model/index.js';
import { sanctionEntity } from '../common/index.js';
import { languageCode } from './languages.js';
import { mapAddress, mapBirth, mapIdentification } from './map-details.js';
import type { EuEntity, EuName } from './read.js';

const AUTHORITY = 'European Union';

/** The EU's own remarks on name quality: they decide weak aliases, not notes. */
const QUALITY_REMARK = /^(good|low)[- ]quality a+l+i+a+s+\.?$/i;
const LOW_QUALITY = /low[- ]quality/i;

export function entityId(logicalId: string): string {
  return `eu-fsf-${logicalId}`;
}

function schemaOf(subjectType: string | null): string {
  if (subjectType === 'person') return 'Person';
  if (subjectType === 'enterprise') return 'Organization';
  return 'LegalEntity';
}

function nameText(n: EuName): string | null {
  if (n.wholeName) return n.wholeName;
  const parts = [n.firstName, n.middleName, n.lastName].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** A weak alias: marked `strong="false"`, or remarked by the EU as a low quality alias. */
function isWeak(n: EuName): boolean {
  return !n.strong || n.remarks.some((r) => LOW_QUALITY.test(r));
}

/** Name parts, title, role and gender: person properties; for others, the role is a note. */
function addNameDetails(entity: EntityDraft, n: EuName, lang: string | null): void {
  if (entity.schema.name === 'Person') {
    entity.add('firstName', n.firstName, { lang });
    entity.add('middleName', n.middleName, { lang });
    entity.add('lastName', n.lastName, { lang });
    entity.add('title', n.title, { lang });
    entity.add('position', n.function, { lang });
    entity.add('gender', n.gender);
  } else {
    entity.add('notes', n.function);
    entity.add('notes', n.title);
  }
  for (const remark of n.remarks) {
    if (!QUALITY_REMARK.test(remark)) entity.add('notes', remark);
  }
}

/**
 * The first strong name is the entity's name, other names are aliases (weak ones weakAlias).
 * Returns false when the entry has no name at all.
 */
function addNames(entity: EntityDraft, names: EuName[]): boolean {
  const named = names.filter((n) => nameText(n) !== null);
  const primary = named.find((n) => !isWeak(n)) ?? named[0];
  for (const n of named) {
    const lang = languageCode(n.language);
    const prop = n === primary ? 'name' : isWeak(n) ? 'weakAlias' : 'alias';
    entity.add(prop, nameText(n), { lang });
    addNameDetails(entity, n, lang);
  }
  return primary !== undefined;
}

function addCitizenships(entity: EntityDraft, e: EuEntity): void {
  const prop = entity.accepts('citizenship') ? 'citizenship' : 'country';
  for (const c of e.citizenships) {
    // "00" is the EU's code for an unknown country: the description then says UNKNOWN.
    if (c.country && c.country !== '00') entity.add(prop, c.country);
    else if (!c.country) entity.add(prop, c.countryDescription);
    for (const remark of c.remarks) entity.add('notes', remark);
  }
}

function mapSanction(entity: EntityDraft, e: EuEntity): EntityDraft {
  const sanction = sanctionEntity(entity.id, {
    authority: AUTHORITY,
    authorityId: e.euReferenceNumber,
    unscId: e.unitedNationId,
    reason: e.designationDetails,
    // The designation date, when given, is when the party was listed; the regulation's
    // publication date is the listing act's (or, for an amendment, the amending act's).
    listingDate: e.designationDate,
  });
  for (const r of e.regulations) {
    if (!e.designationDate) sanction.add('listingDate', r.publicationDate);
    sanction.add('program', r.programme);
    sanction.add('startDate', r.entryIntoForceDate);
    sanction.add('provisions', r.numberTitle);
    sanction.add('sourceUrl', r.publicationUrl);
    entity.add('program', r.programme);
  }
  return sanction;
}

/**
 * Map one entry, or return null when it has no name (nothing to screen against); the caller
 * reports those.
 */
export function mapEntity(e: EuEntity): EntityDraft[] | null {
  const entity = new EntityDraft(schemaOf(e.subjectType), entityId(e.logicalId), true);
  if (!addNames(entity, e.names)) return null;
  entity.add('topics', 'sanction');
  for (const remark of e.remarks) entity.add('notes', remark);
  addCitizenships(entity, e);
  for (const birth of e.births) mapBirth(entity, birth);
  const derived: EntityDraft[] = [];
  for (const doc of e.identifications) {
    const draft = mapIdentification(entity, doc);
    if (draft) derived.push(draft);
  }
  for (const address of e.addresses) {
    const draft = mapAddress(entity, address);
    if (draft) derived.push(draft);
  }
  return [entity, mapSanction(entity, e), ...derived];
}
