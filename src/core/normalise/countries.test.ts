import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanCountry } from './countries.js';

test('cleanCountry maps names, list spellings, adjectives and codes', () => {
  assert.equal(cleanCountry('Russia'), 'ru');
  assert.equal(cleanCountry('Russian Federation'), 'ru');
  assert.equal(cleanCountry('Korea, North'), 'kp');
  assert.equal(cleanCountry("Democratic People's Republic of Korea"), 'kp');
  assert.equal(cleanCountry('Iran (Islamic Republic of)'), 'ir');
  assert.equal(cleanCountry('Côte d’Ivoire'), 'ci');
  assert.equal(cleanCountry('Russian'), 'ru');
  assert.equal(cleanCountry('RUS'), 'ru');
  assert.equal(cleanCountry('de'), 'de');
  assert.equal(cleanCountry('Crimea'), 'ua-cri');
  assert.equal(cleanCountry('ua-cri'), 'ua-cri');
  assert.equal(cleanCountry('Turkey'), 'tr');
  assert.equal(cleanCountry('Hong Kong'), 'hk');
  assert.equal(cleanCountry('Virgin Islands, British'), 'vg');
  assert.equal(cleanCountry('Region: Gaza'), 'ps');
});

test('cleanCountry returns null for unknown text', () => {
  assert.equal(cleanCountry('Atlantis'), null);
  assert.equal(cleanCountry(''), null);
});
