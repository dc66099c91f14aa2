/**
 * Fuzz: name preparation on arbitrary Unicode and on mutated real names. Bounded runs with fixed
 * seeds, so that a failure reproduces (fast-check prints the seed and the path to replay).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalizeText } from '../names/index.js';
import { MAX_NAME_LENGTH } from '../normalise/index.js';
import { testData } from '../../testing/data.js';
import { collapseRuns } from './collapse-runs.js';
import { defaultTools, Matcher, MatchInputError } from './index.js';
import { cleanExample } from './query.js';

const SEED = 14;
const tools = defaultTools();

const realNames = readFileSync(testData('name_pairs', 'nomenklatura', 'putin_names.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');

/** Any text: whole graphemes, and lone code units (unpaired surrogates among them). */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) }),
);

/** A real name with characters replaced, inserted or deleted, or two names spliced. */
const mutatedName = fc
  .tuple(
    fc.constantFrom(...realNames),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('replace', 'insert', 'delete'),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([name, edits]) => {
    let text = name;
    for (const [at, op, piece] of edits) {
      const i = text.length === 0 ? 0 : at % text.length;
      if (op === 'insert') text = text.slice(0, i) + piece + text.slice(i);
      else if (op === 'delete') text = text.slice(0, i) + text.slice(i + 1);
      else text = text.slice(0, i) + piece + text.slice(i + 1);
    }
    return text;
  });

const names = fc.oneof(anyText, mutatedName);

/** Only the typed input error may come out of preparing a query. */
function prepareQuery(schema: string, name: string) {
  try {
    const { properties } = cleanExample({ schema, properties: { name: [name] } });
    return Matcher.prepare(schema, properties, tools);
  } catch (error) {
    assert.ok(
      error instanceof MatchInputError,
      `untyped error for ${JSON.stringify(name)}: ${error}`,
    );
    return null;
  }
}

test('normalizeText is idempotent and never longer than a few times its input', () => {
  fc.assert(
    fc.property(names, (name) => {
      const once = normalizeText(name);
      assert.equal(normalizeText(once), once);
      // A fold gives at most a few letters per character (ß → ss); NFKC may expand a ligature.
      assert.ok(once.length <= 18 * name.length + 1, `${once.length} from ${name.length}`);
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test('collapseRuns is idempotent, shortens, and agrees with the regex it replaces', () => {
  fc.assert(
    fc.property(names, (name) => {
      const once = collapseRuns(name);
      assert.equal(collapseRuns(once), once);
      assert.ok(once.length <= name.length);
      assert.equal(once, name.replace(/(.)\1+/g, '$1'));
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test('preparing a name throws only MatchInputError, is deterministic, and stays bounded', () => {
  fc.assert(
    fc.property(
      names,
      fc.constantFrom('Person', 'Company', 'LegalEntity', 'Thing'),
      (name, schema) => {
        const prepared = prepareQuery(schema, name);
        if (prepared === null) return;
        assert.deepEqual(prepareQuery(schema, name), prepared);
        // A bounded number of forms, each of bounded length relative to the input.
        assert.ok(prepared.names.length <= 64, `${prepared.names.length} forms`);
        for (const form of prepared.names) {
          const length = form.tokens.join(' ').length;
          assert.ok(length <= 18 * name.length + 64, `form of ${length} from ${name.length}`);
        }
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test('a name over the length limit is refused with MatchInputError, not an untyped error', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), (piece) => {
      const name = piece.repeat(Math.ceil((MAX_NAME_LENGTH + 1) / piece.length));
      assert.throws(
        () => cleanExample({ schema: 'Person', properties: { name: [name] } }),
        MatchInputError,
      );
    }),
    { seed: SEED, numRuns: 50 },
  );
});
