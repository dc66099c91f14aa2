import assert from 'node:assert/strict';
import { test } from 'node:test';
import { href, matchPath, parseLocation } from './router.js';

test('paths match patterns, with decoded captures', () => {
  assert.deepEqual(matchPath('/entities/:id', '/entities/ofac-1%2F2'), { id: 'ofac-1/2' });
  assert.equal(matchPath('/entities/:id', '/entities'), null);
  assert.equal(matchPath('/screening/:job', '/search/x'), null);
  assert.equal(matchPath('/entities/:id', '/entities/%E0%A4%A'), null);
});

test('the workbench lives under /app; its addresses carry the query', () => {
  assert.equal(parseLocation('/app', '').path, '/');
  assert.equal(parseLocation('/app/search', '?q=x').query.get('q'), 'x');
  assert.equal(
    href('/search', { q: 'Ри Вон Хо', country: ['kp', 'ru'], schema: '' }),
    '/app/search?q=%D0%A0%D0%B8+%D0%92%D0%BE%D0%BD+%D0%A5%D0%BE&country=kp&country=ru',
  );
});
