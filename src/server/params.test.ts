import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverConfig } from './config.js';
import { BadRequest } from './errors.js';
import { Type } from 'typebox';
import { parseParams } from './params.js';
import { list, query } from './schemas/index.js';

const SPEC = query({
  limit: Type.Integer({ default: 5, minimum: 1, maximum: 500 }),
  threshold: Type.Number({ default: 0.7, minimum: 0, maximum: 1 }),
  topics: list('Topics.', 2),
  nested: Type.Boolean({ default: true }),
  since: Type.Optional(Type.String({ pattern: '^\\d{4}$' })),
});

const parse = (query: string) => parseParams(new URLSearchParams(query), SPEC);

test('parameters get their defaults, types and repeated values', () => {
  assert.deepEqual(parse(''), { limit: 5, threshold: 0.7, topics: [], nested: true, since: null });
  assert.deepEqual(parse('limit=500&threshold=0&topics=a&topics=b&nested=false&since=2024'), {
    limit: 500,
    threshold: 0,
    topics: ['a', 'b'],
    nested: false,
    since: '2024',
  });
});

test('unknown, repeated, out-of-range and malformed parameters are refused', () => {
  for (const query of [
    'limits=1',
    'limit=1&limit=2',
    'limit=0',
    'limit=2.5',
    'limit=0x10',
    'limit= ',
    'threshold=1.01',
    'threshold=1e400',
    'topics=a&topics=b&topics=c',
    'nested=yes',
    'since=24',
  ]) {
    assert.throws(() => parse(query), BadRequest, query);
  }
});

test('server settings: flags over environment over defaults, validated', () => {
  assert.deepEqual(serverConfig(), {
    host: '127.0.0.1',
    port: 8000,
    refreshSeconds: 5,
    maxBodyBytes: 1048576,
    maxUploadBytes: 209715200,
    maxQueuedJobsPerKey: 10,
    requireKeys: false,
    rateLimit: 50,
    rateBurst: 100,
    publicUrl: null,
    allowedHosts: [],
  });
  const env = { DOSSIER_PORT: '9000', DOSSIER_HOST: '::1', DOSSIER_REFRESH_SECONDS: '2' };
  assert.equal(serverConfig({}, env).port, 9000);
  assert.equal(serverConfig({}, env).host, '::1');
  assert.equal(serverConfig({ port: '0' }, env).port, 0);
  assert.equal(serverConfig({}, env).refreshSeconds, 2);
  assert.equal(serverConfig({}, { DOSSIER_MAX_UPLOAD_BYTES: '4096' }).maxUploadBytes, 4096);
  assert.equal(serverConfig({ maxUploadBytes: '2048' }).maxUploadBytes, 2048);
  for (const flags of [
    { port: '-1' },
    { port: 'http' },
    { port: '80.5' },
    { refreshSeconds: '0' },
    { host: '' },
    { maxBodyBytes: '100' },
    { maxUploadBytes: '12 MB' },
    { rateBurst: '1.5' },
    { maxQueuedJobsPerKey: '2.5' },
  ]) {
    assert.throws(() => serverConfig(flags), { name: 'ConfigError' }, JSON.stringify(flags));
  }
});
