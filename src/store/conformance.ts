/**
 * The behaviour every store backend must have, as a test suite that takes a factory. SQLite runs
 * it today; a PostgreSQL backend will run the same suite.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EntityDraft } from '../core/model/index.js';
import type { EntityHistory, EntityRecord, LoadMeta, Store } from './types.js';

function record(draft: EntityDraft, dataset: string): EntityRecord {
  return {
    id: draft.id,
    schema: draft.schema.name,
    target: draft.isTarget,
    statements: draft.toStatements(dataset),
  };
}

function person(id: string, name: string, birthDate?: string): EntityDraft {
  const draft = new EntityDraft('Person', id, true);
  draft.add('name', name);
  if (birthDate) draft.add('birthDate', birthDate);
  return draft;
}

const meta = (dataset: string, incremental = false): LoadMeta => ({
  dataset,
  format: 'test',
  sourceFiles: ['fixture'],
  incremental,
});

async function load(store: Store, dataset: string, drafts: EntityDraft[], incremental = false) {
  const session = await store.beginLoad(meta(dataset, incremental));
  for (const d of drafts) session.write(record(d, dataset));
  return session.commit();
}

export function storeConformance(name: string, open: () => Promise<Store>) {
  test(`${name}: a load makes a version with counts and assembled entities`, async () => {
    const store = await open();
    const address = new EntityDraft('Address', 'p1-addr');
    address.add('full', 'Izhevsk, Russia');
    const info = await load(store, 'one', [person('p1', 'IVANOV, Ivan', '17 Jul 1964'), address]);
    assert.equal(info.version, 1);
    assert.equal(info.entities, 2);
    assert.equal(info.targets, 1);
    assert.deepEqual(info.schemata, { Address: 1, Person: 1 });
    const [listed] = await store.datasets();
    assert.equal(listed?.dataset, 'one');
    const entity = await store.entity('p1');
    assert.deepEqual(entity?.properties, { name: ['IVANOV, Ivan'], birthDate: ['1964-07-17'] });
    assert.equal(entity?.target, true);
    assert.equal((await store.entity('p1-addr'))?.target, false);
    const statements = await store.statements('p1');
    const birth = statements.find((s) => s.prop === 'birthDate');
    assert.equal(birth?.originalValue, '17 Jul 1964');
    assert.equal(birth?.dataset, 'one');
    assert.equal(await store.entity('missing'), null);
    await store.close();
  });

  test(`${name}: a reload records what was added, removed and modified`, async () => {
    const store = await open();
    const first = await load(store, 'ds', [
      person('a', 'A'),
      person('b', 'B', '1970'),
      person('c', 'C'),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await load(store, 'ds', [person('a', 'A'), person('b', 'B', '1971'), person('d', 'D')]);
    const diff = await store.diff('ds');
    assert.equal(diff?.from, 1);
    assert.equal(diff?.to, 2);
    const summary = diff?.changes.map((c) => `${c.change}:${c.entityId}:${c.props.join(',')}`);
    assert.deepEqual(summary?.sort(), ['added:d:', 'modified:b:birthDate', 'removed:c:']);
    // An unchanged value keeps the time it was first seen.
    const name = (await store.statements('a')).find((s) => s.prop === 'name');
    assert.equal(name?.firstSeen, first.loadedAt);
    assert.notEqual(name?.lastSeen, first.loadedAt);
    await store.close();
  });

  test(`${name}: an aborted or failed load leaves the previous version current`, async () => {
    const store = await open();
    await load(store, 'keep', [person('k1', 'Kept')]);
    const session = await store.beginLoad(meta('keep'));
    session.write(record(person('k2', 'Lost'), 'keep'));
    await session.abort();
    assert.equal((await store.datasets())[0]?.version, 1);
    assert.equal(await store.entity('k2'), null);
    assert.deepEqual((await store.entity('k1'))?.properties.name, ['Kept']);
    await assert.rejects(store.diff('keep').then(() => session.commit()));
    await store.close();
  });

  test(`${name}: a version records its publication date; a load sees the previous version`, async () => {
    const store = await open();
    const first = await store.beginLoad({ ...meta('dated'), published: '2024-02-20' });
    assert.equal(first.previous, null);
    first.write(record(person('d1', 'Dated'), 'dated'));
    assert.equal((await first.commit()).published, '2024-02-20');
    assert.equal((await store.datasets())[0]?.published, '2024-02-20');
    const second = await store.beginLoad(meta('dated'));
    assert.equal(second.previous?.version, 1);
    assert.equal(second.previous?.published, '2024-02-20');
    assert.equal(second.previous?.targets, 1);
    await second.abort();
    const undated = await load(store, 'undated', [person('u1', 'Undated')]);
    assert.equal(undated.published, null);
    await store.close();
  });

  test(`${name}: a check that throws at commit aborts the load and keeps the previous version`, async () => {
    const store = await open();
    await load(store, 'checked', [person('c1', 'One'), person('c2', 'Two')]);
    const session = await store.beginLoad(meta('checked'));
    session.write(record(person('c1', 'One'), 'checked'));
    let seen: [number, number | undefined] | null = null;
    await assert.rejects(
      session.commit((next, previous) => {
        seen = [next.targets, previous?.targets];
        throw new Error('refused');
      }),
      /refused/,
    );
    assert.deepEqual(seen, [1, 2]);
    const [current] = await store.datasets();
    assert.equal(current?.version, 1);
    assert.equal(current?.targets, 2);
    assert.deepEqual((await store.entity('c2'))?.properties.name, ['Two']);
    await load(store, 'checked', [person('c3', 'Three')]);
    assert.equal((await store.datasets())[0]?.version, 2);
    await store.close();
  });

  test(`${name}: a delta modifies and deletes on top of the previous version`, async () => {
    const store = await open();
    await load(store, 'delta', [person('x', 'X'), person('y', 'Y')]);
    const session = await store.beginLoad(meta('delta', true));
    session.write(record(person('x', 'X2'), 'delta'));
    session.remove('y');
    session.write(record(person('z', 'Z'), 'delta'));
    const info = await session.commit();
    assert.equal(info.entities, 2);
    assert.deepEqual((await store.entity('x'))?.properties.name, ['X2']);
    assert.equal(await store.entity('y'), null);
    const changes = (await store.diff('delta'))?.changes.map((c) => `${c.change}:${c.entityId}`);
    assert.deepEqual(changes?.sort(), ['added:z', 'modified:x', 'removed:y']);
    await store.close();
  });

  test(`${name}: allEntities merges datasets and keeps only current versions`, async () => {
    const store = await open();
    await load(store, 'left', [person('m1', 'Merged'), person('m2', 'Old')]);
    await load(store, 'left', [person('m1', 'Merged')]);
    const other = new EntityDraft('Person', 'm1', false);
    other.add('birthDate', '1960');
    await load(store, 'right', [other]);
    const all: string[] = [];
    for await (const e of store.allEntities()) {
      all.push(`${e.id}:${e.datasets.join('+')}:${Object.keys(e.properties).sort()}:${e.target}`);
    }
    assert.deepEqual(all, ['m1:left+right:birthDate,name:true']);
    await store.close();
  });

  test(`${name}: export yields the current entities in ID order`, async () => {
    const store = await open();
    await load(store, 'exp', [person('e2', 'Two'), person('e1', 'One')]);
    const ids: string[] = [];
    for await (const entity of store.exportEntities('exp'))
      ids.push(`${entity.id}:${entity.target}`);
    assert.deepEqual(ids, ['e1:true', 'e2:true']);
    await store.close();
  });

  test(`${name}: an entity's history gives each version, its presence and what changed`, async () => {
    const store = await open();
    await load(store, 'h', [person('a', 'A'), person('b', 'B')]);
    await load(store, 'h', [person('a', 'A', '1970'), person('b', 'B')]);
    await load(store, 'h', [person('a', 'A2', '1970')]);
    const [a] = await store.history('a');
    assert.equal(a?.dataset, 'h');
    const brief = (h: EntityHistory | undefined) =>
      h?.versions.map((v) => `${v.version}:${v.present}:${v.change}:${v.props.join(',')}`);
    assert.deepEqual(brief(a), [
      '1:true:null:',
      '2:true:modified:birthDate',
      '3:true:modified:name',
    ]);
    // The last change's values are known from the rows still kept; older ones only by property.
    assert.deepEqual(a?.versions[2]?.values, {
      added: [{ prop: 'name', value: 'A2' }],
      removed: [{ prop: 'name', value: 'A' }],
    });
    assert.equal(a?.versions[1]?.values, null);
    const [b] = await store.history('b');
    assert.deepEqual(brief(b), ['1:true:null:', '2:true:null:', '3:false:removed:']);
    await load(store, 'h', [person('a', 'A2', '1970'), person('c', 'C')]);
    const [c] = await store.history('c');
    assert.deepEqual(
      c?.versions.map((v) => v.present),
      [false, false, false, true],
    );
    assert.deepEqual(await store.history('missing'), []);
    await store.close();
  });
}
