import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBods } from './bods.js';
import { bodsShare } from './bods-read.js';
import { UNKNOWN_SHARE } from './types.js';

// Statements written by hand from the BODS 0.4 schema (record types, interests, shares).
const entity = (recordId: string, name: string, type = 'registeredEntity') => ({
  statementId: `st-${recordId}`,
  recordId,
  recordType: 'entity',
  recordStatus: 'new',
  recordDetails: { isComponent: false, entityType: { type }, name },
});
const person = (recordId: string, fullName: string) => ({
  statementId: `st-${recordId}`,
  recordId,
  recordType: 'person',
  recordDetails: { personType: 'knownPerson', names: [{ type: 'legal', fullName }] },
});
const relationship = (recordId: string, owner: string, subject: string, interests: object[]) => ({
  statementId: `st-${recordId}`,
  recordId,
  recordType: 'relationship',
  recordDetails: { isComponent: false, subject, interestedParty: owner, interests },
});

test('BODS: parties, shareholding with votes kept aside, control as a directorship', () => {
  const statements = [
    entity('c1', 'Target Ltd'),
    entity('c2', 'Holdco Ltd'),
    person('p1', 'Anna Example'),
    relationship('r1', 'c2', 'c1', [
      { type: 'votingRights', directOrIndirect: 'direct', share: { exact: 80 } },
      {
        type: 'shareholding',
        directOrIndirect: 'direct',
        share: { exact: 60 },
        startDate: '2021-04-01',
      },
    ]),
    relationship('r2', 'p1', 'c1', [
      { type: 'appointmentOfBoard', directOrIndirect: 'direct', details: 'appoints the board' },
    ]),
  ];
  const parsed = parseBods(JSON.stringify(statements), 'b.json');
  assert.deepEqual(
    parsed.parties.map((p) => [p.id, p.name, p.schema]),
    [
      ['c1', 'Target Ltd', 'Company'],
      ['c2', 'Holdco Ltd', 'Company'],
      ['p1', 'Anna Example', 'Person'],
    ],
  );
  const [own, control] = parsed.relations;
  assert.equal(own!.type, 'ownership');
  assert.deepEqual([own!.source.id, own!.target.id], ['c2', 'c1']);
  assert.equal(own!.share.percentage, 60);
  assert.equal(own!.startDate, '2021-04-01');
  assert.equal(own!.statementId, 'st-r1');
  assert.deepEqual(own!.properties.votingRights, ['80']);
  assert.deepEqual(own!.properties.interests, ['votingRights', 'shareholding']);
  assert.equal(control!.type, 'directorship');
  assert.deepEqual(control!.properties.control, ['true']);
  assert.deepEqual(control!.properties.details, ['appoints the board']);
  assert.equal(parsed.relations.length, 2);
  assert.deepEqual(parsed.problems, []);
});

test('BODS: indirect interests are left out with a note; their components load', () => {
  const lines = [
    entity('c1', 'Target Ltd'),
    entity('c2', 'Holdco Ltd'),
    relationship('r1', 'c2', 'c1', [
      { type: 'shareholding', directOrIndirect: 'direct', share: { exact: 75 } },
    ]),
    relationship('r2', 'ofac-46431', 'c2', [
      { type: 'shareholding', share: { minimum: 50, exclusiveMaximum: 75 } },
    ]),
    {
      ...relationship('r3', 'ofac-46431', 'c1', [
        {
          type: 'shareholding',
          directOrIndirect: 'indirect',
          share: { minimum: 37.5, maximum: 56.25 },
        },
      ]),
    },
  ];
  const parsed = parseBods(lines.map((l) => JSON.stringify(l)).join('\n'), 'b.jsonl');
  assert.deepEqual(
    parsed.relations.map((r) => r.key),
    ['r1.own', 'r2.own'],
  );
  const ranged = parsed.relations[1]!;
  assert.deepEqual(ranged.source, { id: 'ofac-46431', name: null, schema: null });
  assert.deepEqual(ranged.share, { ...UNKNOWN_SHARE, low: 50, high: 75, highExclusive: true });
  assert.match(parsed.notes.join('\n'), /1 indirect interest/);
});

test('BODS: a later statement replaces a record, a closed one drops it; bad records by place', () => {
  const lines = [
    entity('c1', 'Old Name Ltd'),
    entity('c1', 'New Name Ltd'),
    entity('c2', 'Gone Ltd'),
    { recordId: 'c2', recordType: 'entity', recordStatus: 'closed', recordDetails: {} },
    { statementId: 'x' },
    relationship('r1', 'c1', 'c3', [{ type: 'shareholding', share: { exact: 140 } }]),
    relationship('r2', 'c1', 'c3', [{ type: 'shareholding', startDate: '2021-02-30' }]),
  ];
  const parsed = parseBods(lines.map((l) => JSON.stringify(l)).join('\n'), 'b.jsonl');
  assert.deepEqual(
    parsed.parties.map((p) => p.name),
    ['New Name Ltd'],
  );
  assert.deepEqual(
    parsed.problems.map((p) => p.where),
    ['line 5', 'line 6', 'line 7'],
  );
  assert.match(parsed.problems[1]!.reason, /share.exact 140 is not 0-100/);
  assert.match(parsed.problems[2]!.reason, /not a date/);
  assert.match(parsed.notes.join('\n'), /1 closed record/);
  assert.throws(() => parseBods('{"recordId": 1\n', 'b.jsonl'), /b\.jsonl: line 1: invalid JSON/);
});

test('BODS share objects: exact, inclusive and exclusive bounds, none', () => {
  assert.deepEqual(bodsShare({ exact: 25, minimum: 25, maximum: 25 }), {
    ...UNKNOWN_SHARE,
    percentage: 25,
  });
  assert.deepEqual(bodsShare({ exclusiveMinimum: 50 }), {
    ...UNKNOWN_SHARE,
    low: 50,
    high: 100,
    lowExclusive: true,
  });
  assert.deepEqual(bodsShare(undefined), UNKNOWN_SHARE);
  assert.ok('error' in bodsShare({ minimum: 60, maximum: 40 }));
});
