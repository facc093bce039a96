'use strict';
// The theme's shared helper (themes/default/assets/dom.js): its storage accessors never throw.
const test = require('node:test');
const assert = require('node:assert/strict');
const dom = require('../../themes/default/assets/dom.js');

test('without localStorage (as under node) nothing is kept and nothing throws', () => {
  assert.equal(dom.storageAvailable(), false);
  assert.equal(dom.set('mend-test', 'x'), false);
  assert.equal(dom.get('mend-test'), null);
  dom.remove('mend-test');
});
