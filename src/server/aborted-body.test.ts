/**
 * Issue 14, finding 10: a client that goes away in the middle of its body is the client's doing.
 * The server must neither log it as an internal error with a stack trace nor stop answering.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { screeningStore, type ScreeningFixture } from './jobs-fixture.js';
import { get, startTestServer } from './server-fixture.js';

let fixture: ScreeningFixture;

before(async () => {
  fixture = await screeningStore();
});
after(async () => {
  await fixture.close();
});

/** Send the head and part of a body that declares more, then close the connection. */
async function abortMidBody(url: string, path: string, type: string): Promise<void> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  const head = `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: ${type}\r\nContent-Length: 100000\r\n\r\n`;
  const closed = new Promise((resolve) => socket.once('close', resolve));
  // The part sent must reach the server, so that the handler is reading the body when it ends.
  await new Promise((resolve) => socket.write(`${head}${'x'.repeat(5000)}`, resolve));
  await new Promise((resolve) => setTimeout(resolve, 200));
  socket.destroy();
  await closed;
}

test('aborted bodies of a match request and of an upload log no stack trace', async () => {
  const lines: string[] = [];
  const server = await startTestServer(fixture.store, {
    repo: fixture.repo,
    log: (line) => lines.push(line),
  });
  try {
    await abortMidBody(server.url, '/match/default', 'application/json');
    await abortMidBody(server.url, '/screen/jobs?format=csv', 'text/csv');
    // The server has seen both ends once it answers the next request on a new connection.
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await get(`${server.url}/healthz`)).status, 200);
    const logged = lines.join('\n');
    assert.doesNotMatch(logged, /internal error|failed to answer/);
    assert.doesNotMatch(logged, /\n\s+at /, 'no stack trace');
    assert.deepEqual(fixture.jobFolders(), [], 'the cut-off upload is not kept');
  } finally {
    await server.close();
  }
});
