import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { roleAllows } from './session.js';
import { SignIn } from './SignIn.js';

test('the sign-in form has a labelled password field, and says why a key was refused', () => {
  const html = renderToStaticMarkup(
    <SignIn problem="the key was refused" onSubmit={async () => {}} />,
  );
  assert.match(html, /<label for="api-key">API key<\/label>/);
  assert.match(html, /<input id="api-key"[^>]*type="password"/);
  assert.match(html, /role="alert"[^>]*>the key was refused</);
  const fresh = renderToStaticMarkup(<SignIn problem={null} onSubmit={async () => {}} />);
  assert.doesNotMatch(fresh, /role="alert"/);
});

test('roles: each may do what the one below it may', () => {
  assert.ok(roleAllows('admin', 'screen'));
  assert.ok(roleAllows('screen', 'read'));
  assert.ok(!roleAllows('read', 'screen'));
  assert.ok(!roleAllows('screen', 'admin'));
});
