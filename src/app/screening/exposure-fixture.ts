/**
 * For the tests of exposure in batch screening: a tiny list (one sanctioned holding, and a trading
 * company that is on a list but not sanctioned) and an ownership graph in which the holding owns
 * 60% of the trading company, which in turn owns 100% of a customer that no list names.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvLine } from '../../core/screening/index.js';
import type { Dossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';

const LIST = [
  { id: 'x-1', schema: 'Company', properties: { name: ['Listed Holding'], topics: ['sanction'] } },
  { id: 'x-2', schema: 'Company', properties: { name: ['Kestrel Trading Company'] } },
];

const provenance = (id: string) => ({
  kind: 'statement' as const,
  dataset: 'registry',
  statementId: `st-${id}`,
});

export async function loadExposureNetwork(dossier: Dossier, dir: string): Promise<void> {
  const file = join(dir, 'list.ftm.json');
  writeFileSync(file, `${LIST.map((e) => JSON.stringify(e)).join('\n')}\n`);
  await ingest(dossier.lists, { files: [file], dataset: 'xlist', format: 'ftm' });
  await dossier.graph.upsert({
    nodes: [
      // Graph nodes linked to the list entities by dataset and entity ID.
      {
        id: 'n-1',
        schema: 'Company',
        caption: 'Listed Holding',
        dataset: 'xlist',
        entityId: 'x-1',
      },
      { id: 'n-2', schema: 'Company', caption: 'Kestrel', dataset: 'xlist', entityId: 'x-2' },
      { id: 'cust-9', schema: 'Company', caption: 'Quiet Customer' },
    ],
    edges: [
      {
        ...{ id: 'e1', type: 'ownership', source: 'n-1', target: 'n-2', percentage: 60 },
        provenance: provenance('e1'),
      },
      {
        ...{ id: 'e2', type: 'ownership', source: 'n-2', target: 'cust-9', percentage: 100 },
        provenance: provenance('e2'),
      },
    ],
  });
}

/** Three customers: the trading company, the holding itself, and one that no list names. */
export function writeExposurePortfolio(path: string): string {
  const rows = [
    ['Customer ID', 'Name', 'Type'],
    ['C1', 'Kestrel Trading Company', 'Company'],
    ['C2', 'Listed Holding', 'Company'],
    ['cust-9', 'Quiet Customer', 'Company'],
  ];
  writeFileSync(path, rows.map((r) => csvLine(r)).join(''));
  return path;
}
