import assert from 'node:assert/strict';
import { test } from 'node:test';
import { xmlRoot } from './xml-head.js';

test('the root element is found past the prolog, with its namespace declarations', () => {
  const head =
    '\u00ef\u00bb\u00bf<?xml version="1.0"?>\n<!-- a comment -->\n<!DOCTYPE x [<!ENTITY e "v">]>\n<s:sdnList xmlns:s="http://tempuri.org/sdnList.xsd">';
  assert.deepEqual(xmlRoot(head), {
    name: 'sdnList',
    tag: '<s:sdnList xmlns:s="http://tempuri.org/sdnList.xsd">',
  });
  assert.equal(xmlRoot('<?xml version="1.0"?><Sanctions/>')?.name, 'Sanctions');
  assert.equal(xmlRoot('Uid,Name\n1,A'), null);
  assert.equal(xmlRoot(''), null);
});
