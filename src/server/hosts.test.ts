/**
 * The names a server answers to, from its settings: its address, loopback names on a loopback or
 * wildcard bind, any IP address on a wildcard bind, the public URL's host and the names added.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { test } from 'node:test';
import { type ConfigInput, serverConfig } from './config.js';
import { checkHost, hostPolicy } from './hosts.js';

/** Whether a server with these settings answers a request with this Host header. */
function answers(config: ConfigInput, host: string | undefined, env = {}): boolean {
  const policy = hostPolicy(serverConfig(config, env));
  try {
    checkHost(policy, { headers: { host } } as IncomingMessage);
    return true;
  } catch (error) {
    assert.equal((error as { code: string }).code, 'invalid_input');
    return false;
  }
}

test('a loopback server answers to loopback names only, unless told more', () => {
  for (const host of ['127.0.0.1:8000', 'localhost', 'LocalHost.:8000', '[::1]:8000', '127.1']) {
    assert.ok(answers({}, host), host);
  }
  for (const host of [
    'evil.example',
    'evil.example:8000',
    'localhost.evil.example',
    '127.0.0.2:8000',
    '10.0.0.5',
    'user@127.0.0.1',
    '127.0.0.1/x',
    '127.0.0.1:8000:80',
    '',
    undefined,
  ]) {
    assert.ok(!answers({}, host), String(host));
  }
  assert.ok(answers({ host: '::1' }, '[0:0::1]:8000'));
  assert.ok(answers({ allowedHosts: ['dossier.internal'] }, 'Dossier.Internal:8000'));
  assert.ok(answers({}, 'a.example', { DOSSIER_ALLOWED_HOSTS: 'a.example, b.example' }));
  assert.ok(answers({ publicUrl: 'https://screening.example.com/api' }, 'screening.example.com'));
  assert.ok(!answers({ publicUrl: 'https://screening.example.com' }, 'example.com'));
});

test('a server on every address answers to any IP address, names only when given', () => {
  const all = { host: '0.0.0.0', requireKeys: true };
  for (const host of ['10.0.0.5:8000', '[fe80::1]:8000', 'localhost:8000', '192.168.1.2']) {
    assert.ok(answers(all, host), host);
  }
  assert.ok(!answers(all, 'evil.example'));
  assert.ok(!answers({ host: '10.0.0.5', requireKeys: true }, '10.0.0.6'));
  assert.ok(answers({ host: '10.0.0.5', requireKeys: true }, '10.0.0.5:8000'));
  assert.ok(answers({ ...all, allowedHosts: '*' }, 'anything.example'));
});

test('allowed hosts are checked at start; "*" needs keys', () => {
  assert.deepEqual(serverConfig({ allowedHosts: 'a.example,, b.example' }).allowedHosts, [
    'a.example',
    'b.example',
  ]);
  for (const allowedHosts of ['http://a.example', 'a.example/x', 'a b', 'a.example:8000']) {
    assert.throws(() => serverConfig({ allowedHosts }), { name: 'ConfigError' }, allowedHosts);
  }
  assert.throws(() => serverConfig({ allowedHosts: '*' }), /answers any name, so it needs/);
  assert.equal(serverConfig({ allowedHosts: '*', requireKeys: true }).allowedHosts[0], '*');
});
