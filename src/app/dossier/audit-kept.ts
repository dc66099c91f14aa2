/**
 * What the audit trail must account for beyond runs and decisions, read from the stores that keep
 * it: reviewers' splits of designations, their xref decisions on the parties of cases, reporters'
 * notes and document tags. `dossier audit verify` and `GET /audit/verify` both take it from here,
 * so that neither checks less than the other.
 */
import type { CaseStore } from '../../store/cases/index.js';
import type { DesignationStore } from '../../store/designations/index.js';
import type { AuditKeptSources } from '../screening/index.js';

export function auditKeptSources(
  cases: () => CaseStore,
  designations: () => DesignationStore,
): AuditKeptSources {
  // Each case in turn: a case's records are few, the cases of one database tens at most.
  async function perCase<T>(read: (store: CaseStore, name: string) => Promise<T[]>) {
    const all: T[] = [];
    for (const c of await cases().listCases()) all.push(...(await read(cases(), c.name)));
    return all;
  }
  return {
    splits: () => designations().splits(),
    xrefDecisions: () => perCase((store, name) => store.xrefDecisions(name)),
    notes: () => perCase((store, name) => store.notes(name)),
    tags: () =>
      perCase(async (store, name) =>
        (await store.tags(name)).map((t) => ({ ...t, caseName: name })),
      ),
  };
}
