/**
 * A small network for the service's and the command line's tests: one sanctioned list entity
 * (ofac-1), one listed only as a PEP (pep-1), and companies owned, controlled or reached by them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';
import type { EdgeInput } from '../../store/graph/index.js';

const LIST = [
  {
    id: 'ofac-1',
    schema: 'Company',
    properties: { name: ['Listed Holding'], topics: ['sanction'] },
  },
  { id: 'pep-1', schema: 'Person', properties: { name: ['Some Official'], topics: ['role.pep'] } },
];

export const own = (
  id: string,
  source: string,
  target: string,
  percentage: number | null,
  extra: Partial<EdgeInput> = {},
): EdgeInput => ({
  id,
  type: 'ownership',
  source,
  target,
  percentage,
  provenance: { kind: 'statement', dataset: 'registry', statementId: `st-${id}` },
  ...extra,
});

/**
 * ofac-1 holds 60% of acme and 45% of beta; acme holds 30% of gamma and beta 100% of it; pep-1
 * holds 100% of delta; ofac-1 sits on omega's board; an ended 60% holding in old.
 */
export async function loadNetwork(dossier: Dossier, dir: string) {
  const file = join(dir, 'list.ftm.json');
  writeFileSync(file, `${LIST.map((e) => JSON.stringify(e)).join('\n')}\n`);
  await ingest(dossier.lists, { files: [file], dataset: 'ofac', format: 'ftm' });
  const company = (id: string) => ({ id, schema: 'Company', caption: id.toUpperCase() });
  await dossier.graph.upsert({
    nodes: [
      {
        id: 'n-ofac-1',
        schema: 'Company',
        caption: 'Listed Holding',
        dataset: 'ofac',
        entityId: 'ofac-1',
      },
      {
        id: 'n-pep-1',
        schema: 'Person',
        caption: 'Some Official',
        dataset: 'ofac',
        entityId: 'pep-1',
      },
      ...['acme', 'beta', 'gamma', 'delta', 'omega', 'old'].map(company),
    ],
    edges: [
      own('e1', 'n-ofac-1', 'acme', 60),
      own('e2', 'n-ofac-1', 'beta', 45),
      own('e3', 'acme', 'gamma', 30),
      own('e4', 'beta', 'gamma', 100),
      own('e5', 'n-pep-1', 'delta', 100),
      own('e6', 'n-ofac-1', 'old', 60, { endDate: '2020-01-01' }),
      {
        id: 'e7',
        type: 'directorship',
        source: 'n-ofac-1',
        target: 'omega',
        provenance: { kind: 'statement', dataset: 'registry', statementId: 'st-e7' },
      },
    ],
  });
}
