/**
 * Calibrated scores: at the default threshold of 0.7, a match should mean a reviewer ought to
 * look. Weak evidence (one common word, a consonant skeleton) stays below it; a birth date years
 * apart counts against; an ambiguous day and month match either reading, weakly.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scorePair } from './matcher.js';
import { defaultTools } from './tools.js';

const tools = defaultTools();
const THRESHOLD = 0.7;

function score(query: Record<string, string[]>, candidate: Record<string, string[]>) {
  return scorePair(
    { schema: 'Person', properties: query },
    { schema: 'Person', properties: candidate },
    'best',
    tools,
  );
}

test('a one-word alias does not match a query whose family name it lacks', () => {
  const listed = { name: ['Abdul Rahman Yasin'], alias: ['Hassan'] };
  assert.ok(score({ name: ['Samir HASSAN'] }, listed).score < THRESHOLD);
  // Nor when the listed name is that one word and the query has another.
  assert.ok(score({ name: ['Samir HASSAN'] }, { name: ['Hassan'] }).score < THRESHOLD);
  // A customer record that gives a fuller name elsewhere is not matched on its one-word name.
  const customer = { name: ['Ahmad Rashid al-Mubarak', 'Ahmad'] };
  assert.ok(score(customer, { name: ['Ahmad Shah Massoud'], alias: ['Ahmad'] }).score < THRESHOLD);
  // Full names still match, and one-word names do when neither party has more.
  assert.ok(score({ name: ['Samir Hassan'] }, { name: ['HASSAN, Samir'] }).score >= 0.95);
  assert.ok(score({ name: ['Hannibal'] }, { name: ['Hanniball'] }).score >= THRESHOLD);
  // A query of one word against a longer listed name: the caller gave no more.
  assert.ok(score({ name: ['President Putin'] }, { name: ['Vladimir Putin'] }).score >= THRESHOLD);
});

test('a consonant skeleton alone does not reach the threshold', () => {
  assert.ok(score({ name: ['Fayad'] }, { name: ['فيض'] }).score < THRESHOLD);
  assert.ok(score({ name: ['John Fayad'] }, { name: ['فيض'] }).score < THRESHOLD);
});

test('a birth date years apart counts against, a year or two off only a little', () => {
  const listed = { name: ['Vladimir Putin'], birthDate: ['1952-10-07'] };
  const far = score({ name: ['Vladimir Putin'], birthDate: ['1977-10-07'] }, listed);
  assert.ok(far.score < THRESHOLD, String(far.score));
  assert.ok('dob_years_apart' in far.explanations);
  const near = score({ name: ['Vladimir Putin'], birthDate: ['1953'] }, listed);
  assert.ok(near.score >= 0.8, String(near.score));
  assert.ok('dob_year_disjoint' in near.explanations);
});

test('an ambiguous day and month match either reading, weakly', () => {
  // 09/07/1960 reads as 9 July (day first); listed as 7 September, it is the other reading.
  const listed = { name: ['Ivan Petrov'], birthDate: ['1960-09-07'] };
  const swapped = score({ name: ['Ivan Petrov'], birthDate: ['09/07/1960'] }, listed);
  assert.ok('dob_day_month_swapped' in swapped.explanations);
  assert.ok(swapped.score >= 0.9 && swapped.score < 1, String(swapped.score));
  // A day past 12 reads one way only: a different day counts against as before.
  const other = score({ name: ['Ivan Petrov'], birthDate: ['1960-09-25'] }, listed);
  assert.ok('dob_day_disjoint' in other.explanations);
});
