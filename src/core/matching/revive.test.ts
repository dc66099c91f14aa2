/**
 * Entries read back from a snapshot are rebuilt in the shapes of a built index (reviveForm,
 * revivePrepared): same fields, same order, same values. A field added to a form and not to its
 * revival would be lost on load, so these tests compare the keys of both.
 */
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { test } from 'node:test';
import { makeNameForms, reviveForm } from './name-forms.js';
import { prepareEntity, revivePrepared } from './prepare.js';
import { defaultTools } from './tools.js';

const tools = defaultTools().names;

test('a revived form has the fields of a built one, in the same order, with the same values', () => {
  for (const [name, isPerson] of [
    ['Vladimir Vladimirovich PUTIN', true],
    ['Ижевский электромеханический завод «Купол»', false],
    ['厦门林巴赫航空发动机有限公司', false],
    ['فلاديمير بوتين', true],
  ] as const) {
    for (const built of makeNameForms(name, isPerson, tools)) {
      const decoded = deserialize(serialize(built));
      const revived = reviveForm(decoded);
      assert.deepEqual(Object.keys(revived), Object.keys(built), name);
      assert.deepEqual(revived, built, name);
    }
  }
});

test('a revived prepared entity has the fields of a prepared one, in the same order', () => {
  const prepared = prepareEntity(
    'Person',
    { name: ['Kim Jong Un'], weakAlias: ['Kim'], birthDate: ['1984-01-08'], nationality: ['kp'] },
    tools,
  );
  const revived = revivePrepared(deserialize(serialize(prepared)));
  assert.deepEqual(Object.keys(revived), Object.keys(prepared));
  assert.deepEqual(revived, prepared);
});
