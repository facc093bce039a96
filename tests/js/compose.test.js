'use strict';
// compose.js: how the parts a reader fills in become the words shown under them.
const test = require('node:test');
const assert = require('node:assert');
const { compose } = require('../../themes/default/assets/compose.js');

test('parts are joined in order, each ended as a sentence', () => {
  assert.strictEqual(
    compose(['I forgot your birthday', 'You felt forgotten.', 'I have put it in my calendar']),
    'I forgot your birthday. You felt forgotten. I have put it in my calendar.');
});

test('empty parts are left out and spaces tidied', () => {
  assert.strictEqual(compose(['  I was late  ', '', '   ', 'Next time\nI will call.']), 'I was late. Next time I will call.');
});

test('a part that already ends a sentence or a quote is not given another full stop', () => {
  assert.strictEqual(compose(['Can we talk?', 'I said \u201Cfine\u201D', 'Sorry\u2026']), 'Can we talk? I said \u201Cfine\u201D Sorry\u2026');
});

test('nothing written gives no words', () => {
  assert.strictEqual(compose(['', '  ']), '');
});
