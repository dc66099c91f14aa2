/**
 * The UnknownLink entity that says two parties of a list are related, when the list says so
 * without saying how in FollowTheMoney's terms ("Linked To:", "Associated with ...").
 */
import { EntityDraft } from '../../core/model/index.js';

/** A link from `subject` to `object`, its role the list's own words for the relation. */
export function unknownLink(
  id: string,
  subject: string,
  object: string,
  role: string | null,
): EntityDraft {
  const link = new EntityDraft('UnknownLink', id);
  link.add('subject', subject);
  link.add('object', object);
  link.add('role', role);
  return link;
}
