/**
 * Claims through the documents service: read when documents are added (after their mentions are
 * saved), listed with their places, reviewed with an audit record, kept reviewed when read again;
 * and the case exported as FollowTheMoney entities whose schemata and properties the model knows
 * and whose statements point at stored mentions.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractors } from '../../core/extraction/index.js';
import { schemaHasProperty, schemaNamed } from '../../core/model/index.js';
import type { AuditEntry } from '../../core/screening/index.js';
import { repoRoot } from '../../testing/data.js';
import { ClaimNotFoundError, reviewCaseClaim } from './claims.js';
import { caseEntities } from './entities.js';
import { documentsFixture } from './fixture.js';

const example = (name: string) => readFileSync(join(repoRoot, 'examples', 'garpiya', 'docs', name));

async function garpiya() {
  const f = documentsFixture({ extractors: [...extractors] });
  await f.service.createCase('g');
  const paths = ['contract-ru.txt', 'payments.csv', 'packing-list.eml'].map((n) =>
    f.write(join('docs', n), example(n)),
  );
  const summary = await f.service.add('g', paths);
  assert.deepEqual(summary.problems, []);
  return f;
}

test('claims: read when documents are added; payments, supplies and the director come out', async () => {
  const f = await garpiya();
  const claims = await f.service.claims('g');
  const kinds = claims.map((c) => c.kind).sort();
  assert.deepEqual(kinds, [
    'contract',
    'directorship',
    'payment',
    'payment',
    'payment',
    'supply',
    'supply',
  ]);
  const payments = claims.filter((c) => c.kind === 'payment');
  assert.deepEqual(
    payments.map((c) => [c.subject, c.object, c.properties.amount?.[0], c.properties.date?.[0]]),
    [
      ['org:ао иэмз купол', 'org:ооо тск вектор', '4200000.00', '2024-03-20'],
      [
        'org:ооо тск вектор',
        'org:redlepus vector industry shenzhen co ltd',
        '1260000.00',
        '2024-04-05',
      ],
      ['org:ао иэмз купол', 'org:ооо тск вектор', '4200000.00', '2024-05-14'],
    ],
  );
  const director = claims.find((c) => c.kind === 'directorship')!;
  assert.equal(director.subject, 'person:Ямщиков А. М.');
  assert.equal(director.object, 'org:ооо тск вектор');
  // Each place is a stored mention of its document, its text the page's text at its span.
  for (const c of claims) {
    assert.equal(c.places.length, c.evidence.length);
    for (const p of c.places) {
      const page = await f.cases.page('g', p.documentId, p.page);
      assert.equal(page!.text.slice(p.start, p.end), p.text);
    }
  }
  assert.equal((await f.service.claims('g', { kind: 'payment' })).length, 3);
  await f.close();
});

test('claims: a review goes to the audit trail first and survives reading the case again', async () => {
  const f = await garpiya();
  const audit: AuditEntry[] = [];
  const deps = { cases: f.cases, audit: { appendAudit: async (e: AuditEntry) => audit.push(e) } };
  const [payment] = await f.service.claims('g', { kind: 'payment' });
  const reviewed = await reviewCaseClaim(deps, {
    caseName: 'g',
    claimId: payment!.id,
    status: 'disputed',
    note: ' the bank statement says 4,100,000 ',
    actor: 'ana',
    at: new Date('2025-04-01T09:00:00Z'),
  });
  assert.equal(reviewed.status, 'disputed');
  assert.equal(reviewed.note, 'the bank statement says 4,100,000');
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.kind, 'claim.review');
  assert.equal(audit[0]!.actor, 'ana');
  assert.deepEqual(
    audit[0]!.payload as { claim_id: string; status: string; previous_status: string },
    {
      ...(audit[0]!.payload as object),
      claim_id: payment!.id,
      status: 'disputed',
      previous_status: 'extracted',
    },
  );
  const refreshed = await f.service.refreshClaims('g');
  assert.deepEqual(refreshed, { documents: 3, claims: 7 });
  const again = (await f.service.claims('g')).find((c) => c.id === payment!.id)!;
  assert.equal(again.status, 'disputed');
  assert.equal(again.reviewedAt, '2025-04-01T09:00:00Z');
  await assert.rejects(
    reviewCaseClaim(deps, { caseName: 'g', claimId: 'nope', status: 'confirmed', actor: 'ana' }),
    ClaimNotFoundError,
  );
  assert.equal(audit.length, 1, 'nothing recorded for a claim that is not there');
  await f.close();
});

test('case export: FtM schemata and properties the model knows; statements point at mentions', async () => {
  const f = await garpiya();
  const entities = await caseEntities(f.cases, 'g');
  const ids = new Set(entities.map((e) => e.id));
  for (const e of entities) {
    assert.ok(schemaNamed(e.schema), e.schema);
    for (const prop of Object.keys(e.properties))
      assert.ok(schemaHasProperty(e.schema, prop), `${e.schema}.${prop}`);
    for (const s of e.statements) {
      assert.ok(e.properties[s.prop]?.includes(s.value));
      for (const src of s.sources) {
        const mentions = await f.cases.mentionsOf('g', src.document_id);
        const m = mentions.find((x) => x.id === src.mention_id);
        assert.ok(m, src.mention_id);
        assert.deepEqual([m.page, m.start, m.end], [src.page, src.start, src.end]);
      }
    }
  }
  const vektor = entities.find((e) => e.properties.innCode?.includes('3849055365'))!;
  assert.equal(vektor.schema, 'Company');
  const inn = vektor.statements.find((s) => s.prop === 'innCode')!;
  assert.ok(inn.sources.length >= 1);
  const payments = entities.filter((e) => e.schema === 'Payment');
  assert.equal(payments.length, 3);
  for (const p of payments) {
    assert.ok(ids.has(p.properties.payer![0]!) && ids.has(p.properties.beneficiary![0]!));
    assert.ok(ids.has(p.properties.proof![0]!));
    assert.deepEqual(p.properties.currency, ['CNY']);
  }
  const director = entities.find((e) => e.schema === 'Directorship')!;
  const person = entities.find((e) => e.id === director.properties.director![0])!;
  assert.equal(person.schema, 'Person');
  assert.deepEqual(director.properties.organization, [vektor.id]);
  assert.ok(entities.some((e) => e.schema === 'EconomicActivity'));
  assert.ok(entities.some((e) => e.schema === 'ContractAward'));
  await f.close();
});
