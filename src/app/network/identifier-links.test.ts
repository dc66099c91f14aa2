/**
 * BODS parties linked to list entities by identifier: on OFAC's list of 2024-02-20, Kupol
 * (ofac-46431) has the tax number (INN) 1831083343. A BODS file that names Kupol under another
 * name with that INN attaches its holdings to the list's node, so the subsidiary it owns 60% of is
 * exposed; the same number under another scheme, or a number no list has, links nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { testData } from '../../testing/data.js';
import { openDossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';
import { ingestNetwork } from './index.js';

const published = {
  publicationDate: '2024-03-01',
  bodsVersion: '0.4',
  publisher: { name: 'test' },
};

function entity(recordId: string, name: string, identifiers: object[]) {
  return {
    statementId: `st-${recordId}`,
    recordId,
    recordType: 'entity',
    recordStatus: 'new',
    recordDetails: {
      isComponent: false,
      entityType: { type: 'registeredEntity' },
      name,
      identifiers,
    },
    publicationDetails: published,
  };
}

function holding(recordId: string, owner: string, owned: string, exact: number) {
  return {
    statementId: `st-${recordId}`,
    recordId,
    recordType: 'relationship',
    recordStatus: 'new',
    recordDetails: {
      isComponent: false,
      subject: owned,
      interestedParty: owner,
      interests: [{ type: 'shareholding', directOrIndirect: 'direct', share: { exact } }],
    },
    publicationDetails: published,
  };
}

const FILE = [
  // Kupol, as a register might name it, with its INN as OFAC lists it.
  entity('bods-kupol', 'IEMZ Kupol JSC', [{ scheme: 'RU-INN', id: '1831 083 343' }]),
  entity('bods-sub', 'FICTIONAL Kupol Service LLC', [{ scheme: 'GB-COH', id: '09999999' }]),
  // The same digits filed as an OGRN: another type of number, so no link.
  entity('bods-other', 'FICTIONAL Other Holding', [{ scheme: 'RU-OGRN', id: '1831083343' }]),
  entity('bods-sub2', 'FICTIONAL Second Subsidiary', []),
  holding('rel-1', 'bods-kupol', 'bods-sub', 60),
  holding('rel-2', 'bods-other', 'bods-sub2', 60),
];

test("a BODS entity whose INN is a listed entity's is that entity, and exposure flows down", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bods-ids-'));
  const dossier = openDossier({ db: join(dir, 'b.db') });
  const sdn = testData('ofac', 'history', 'sdn_2024-02-20.csv');
  await ingest(dossier.lists, { files: [sdn], dataset: 'ofac', format: 'ofac-csv' });
  const file = join(dir, 'register.bods.json');
  writeFileSync(file, JSON.stringify(FILE));
  const summary = await ingestNetwork(dossier, { file, format: 'bods', dataset: 'register' });
  assert.deepEqual(
    summary.notes.filter((n) => n.startsWith('linked')),
    ['linked to list entities by identifier: bods-kupol: RU-INN 1831 083 343 = ofac-46431'],
  );
  // The holding is the list node's, with the identifier behind the link on the edge.
  const edge = await dossier.graph.getEdge('register:rel-1.own');
  assert.equal(edge?.source, 'ofac-46431');
  assert.deepEqual(edge?.properties.identifierMatch, [
    'bods-kupol: RU-INN 1831 083 343 = ofac-46431',
  ]);
  assert.equal(await dossier.graph.getNode('bods-kupol'), null);
  assert.equal((await dossier.graph.getNode('ofac-46431'))?.dataset, 'ofac');
  const sub = await dossier.network().exposure('bods-sub', 'us');
  assert.equal(sub.exposed, true);
  assert.equal(sub.share, 0.6);
  assert.equal(sub.chains[0]?.edges[0]?.source, 'ofac-46431');
  // An OGRN that is Kupol's INN's digits links nothing: the party stays its own, unlisted node.
  assert.equal((await dossier.graph.getNode('bods-other'))?.dataset, null);
  assert.equal((await dossier.network().exposure('bods-sub2', 'us')).exposed, false);
  await dossier.close();
});
